package nl.wegwijs.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox table. Portable SQL; on PostgreSQL claiming also skips rows another replica is locking. */
@Repository
class OutboxRepository {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean postgres;

    OutboxRepository(JdbcClient jdbc, DataSource dataSource, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.postgres = InboxRepository.isPostgres(dataSource);
    }

    void insert(String source, String chatKey, String payload) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("INSERT INTO outbox_message (source, chat_key, payload, created_at, not_before) VALUES (?, ?, ?, ?, ?)")
                .params(source, chatKey, payload, now, now).update();
    }

    int count() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message").query(Integer.class).single();
    }

    /**
     * Takes a chat's run of replies: the oldest chat whose first unsent reply is due and not
     * leased (or its lease ran out), of a source this replica sends, with every reply of that chat
     * stored so far, in order. One transaction: the conditional UPDATE of the chat's first reply
     * makes the claim exclusive (no other replica can take a later reply of the chat while an
     * earlier one exists); SKIP LOCKED spares PostgreSQL replicas waiting on each other.
     */
    List<OutboxItem> claim(Collection<String> sources, String owner, Duration lease) {
        if (sources.isEmpty()) {
            return List.of();
        }
        return tx.execute(status -> {
            Timestamp now = Timestamp.from(clock.instant());
            Timestamp until = Timestamp.from(now.toInstant().plus(lease));
            String in = String.join(",", sources.stream().map(s -> "?").toList());
            List<Object> params = new ArrayList<>(sources);
            params.add(now);
            params.add(now);
            List<Head> heads = jdbc.sql("""
                            SELECT m.id, m.source, m.chat_key, m.payload, m.attempts,
                                   (SELECT COUNT(*) FROM outbox_message r WHERE r.chat_key = m.chat_key) AS run
                            FROM outbox_message m
                            WHERE m.source IN (%s) AND m.not_before <= ?
                              AND (m.lease_until IS NULL OR m.lease_until < ?)
                              AND NOT EXISTS (SELECT 1 FROM outbox_message o WHERE o.chat_key = m.chat_key AND o.id < m.id)
                            ORDER BY m.id LIMIT 4""".formatted(in) + (postgres ? " FOR UPDATE OF m SKIP LOCKED" : ""))
                    .params(params)
                    .query((rs, n) -> new Head(new OutboxItem(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getInt(5) + 1), rs.getInt(6)))
                    .list();
            for (Head head : heads) {
                OutboxItem first = head.item();
                int claimed = jdbc.sql("""
                                UPDATE outbox_message SET lease_owner = ?, lease_until = ?, attempts = attempts + 1
                                WHERE id = ? AND (lease_until IS NULL OR lease_until < ?)""")
                        .params(owner, until, first.id(), now).update();
                if (claimed != 1) {
                    continue;
                }
                if (head.run() == 1) {
                    return List.of(first); // the usual case: one reply waiting (a row's payload never changes)
                }
                // The chat is ours: its later replies cannot be claimed by anyone while its first exists.
                // (attempts counts the tries of a chat's first reply, the one a failing channel holds up.)
                jdbc.sql("""
                                UPDATE outbox_message SET lease_owner = ?, lease_until = ?
                                WHERE chat_key = ? AND id > ? AND (lease_until IS NULL OR lease_until < ?)""")
                        .params(owner, until, first.chatKey(), first.id(), now).update();
                List<OutboxItem> run = new ArrayList<>(List.of(first));
                run.addAll(jdbc.sql("""
                                SELECT id, source, chat_key, payload, attempts FROM outbox_message
                                WHERE chat_key = ? AND id > ? AND lease_owner = ? ORDER BY id""")
                        .params(first.chatKey(), first.id(), owner)
                        .query((rs, n) -> new OutboxItem(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getInt(5)))
                        .list());
                return run;
            }
            return List.<OutboxItem>of();
        });
    }

    /** A chat's first reply, and how many the chat has waiting (itself included). */
    private record Head(OutboxItem item, int run) {
    }

    /** Sent (or given up): the row and its text go at once. */
    void delete(long id) {
        jdbc.sql("DELETE FROM outbox_message WHERE id = ?").param(id).update();
    }

    /**
     * Not sent now: due again after {@code after}; the chat's later replies this owner holds are
     * given back too, and wait behind it.
     */
    void later(OutboxItem item, String owner, Duration after) {
        jdbc.sql("""
                        UPDATE outbox_message SET lease_owner = NULL, lease_until = NULL,
                        not_before = CASE WHEN id = ? THEN ? ELSE not_before END
                        WHERE chat_key = ? AND (id = ? OR lease_owner = ?)""")
                .params(item.id(), Timestamp.from(clock.instant().plus(after)), item.chatKey(), item.id(), owner).update();
    }

    int renew(String owner, Duration lease) {
        return jdbc.sql("UPDATE outbox_message SET lease_until = ? WHERE lease_owner = ?")
                .params(Timestamp.from(clock.instant().plus(lease)), owner).update();
    }

    int release(String owner) {
        return jdbc.sql("UPDATE outbox_message SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = ?")
                .param(owner).update();
    }
}
