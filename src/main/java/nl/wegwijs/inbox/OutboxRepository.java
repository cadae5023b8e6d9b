package nl.wegwijs.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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
     * Takes the oldest sendable reply: the first of its chat (sent ones are deleted, so every row
     * is unsent), due, not leased (or its lease ran out), of a source this replica sends. The
     * conditional UPDATE makes the claim exclusive; SKIP LOCKED spares PostgreSQL replicas waiting.
     */
    Optional<OutboxItem> claim(Collection<String> sources, String owner, Duration lease) {
        if (sources.isEmpty()) {
            return Optional.empty();
        }
        return tx.execute(status -> {
            Timestamp now = Timestamp.from(clock.instant());
            String in = String.join(",", sources.stream().map(s -> "?").toList());
            List<Object> params = new ArrayList<>(sources);
            params.add(now);
            params.add(now);
            List<OutboxItem> candidates = jdbc.sql("""
                            SELECT m.id, m.source, m.chat_key, m.payload, m.attempts FROM outbox_message m
                            WHERE m.source IN (%s) AND m.not_before <= ?
                              AND (m.lease_until IS NULL OR m.lease_until < ?)
                              AND NOT EXISTS (SELECT 1 FROM outbox_message o WHERE o.chat_key = m.chat_key AND o.id < m.id)
                            ORDER BY m.id LIMIT 4""".formatted(in) + (postgres ? " FOR UPDATE OF m SKIP LOCKED" : ""))
                    .params(params)
                    .query((rs, n) -> new OutboxItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5) + 1))
                    .list();
            for (OutboxItem candidate : candidates) {
                int claimed = jdbc.sql("""
                                UPDATE outbox_message SET lease_owner = ?, lease_until = ?, attempts = attempts + 1
                                WHERE id = ? AND (lease_until IS NULL OR lease_until < ?)""")
                        .params(owner, Timestamp.from(now.toInstant().plus(lease)), candidate.id(), now).update();
                if (claimed == 1) {
                    return Optional.of(candidate); // a row's payload never changes, so the read above is its own
                }
            }
            return Optional.<OutboxItem>empty();
        });
    }

    /** Sent (or given up): the row and its text go at once. */
    void delete(long id) {
        jdbc.sql("DELETE FROM outbox_message WHERE id = ?").param(id).update();
    }

    /** Not sent now: free it, due again after {@code after}; its chat's later replies keep waiting. */
    void later(long id, Duration after) {
        jdbc.sql("UPDATE outbox_message SET lease_owner = NULL, lease_until = NULL, not_before = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant().plus(after)), id).update();
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
