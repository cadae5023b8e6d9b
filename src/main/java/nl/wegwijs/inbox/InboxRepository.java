package nl.wegwijs.inbox;

import java.sql.DatabaseMetaData;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** The inbox tables. Portable SQL; on PostgreSQL claiming also skips rows another replica is locking. */
@Repository
class InboxRepository {

    static final String PENDING = "PENDING";
    static final String DONE = "DONE";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean postgres;

    InboxRepository(JdbcClient jdbc, DataSource dataSource, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.postgres = isPostgres(dataSource);
    }

    /** Stores a message unless the same (bot, update) is there already. Null id for a Duplicate. */
    Optional<Long> insert(String source, String chatKey, String bot, Long updateId, String payload, String leaseOwner,
            Duration lease) {
        Instant now = clock.instant();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        try {
            jdbc.sql("""
                            INSERT INTO inbox_message (source, chat_key, bot, update_id, payload, status, received_at,
                            lease_owner, lease_until) VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)""")
                    .params(source, chatKey, bot, updateId, payload, ts(now), leaseOwner,
                            leaseOwner == null ? null : ts(now.plus(lease)))
                    .update(keys, "id");
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
        return Optional.of(keys.getKey().longValue());
    }

    int pending() {
        return jdbc.sql("SELECT COUNT(*) FROM inbox_message WHERE status = 'PENDING'").query(Integer.class).single();
    }

    /** One aggregate over the pending rows (few, and found by the status index). */
    InboxDepth depth() {
        Instant now = clock.instant();
        return jdbc.sql("SELECT COUNT(*) AS n, MIN(received_at) AS oldest FROM inbox_message WHERE status = 'PENDING'")
                .query((rs, row) -> {
                    Timestamp oldest = rs.getTimestamp("oldest");
                    Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), now);
                    return new InboxDepth(rs.getInt("n"), age.isNegative() ? Duration.ZERO : age);
                }).single();
    }

    /**
     * Takes a chat's run of messages: the oldest chat whose first pending message is not leased (or
     * its lease ran out), of a source this replica handles, with every pending message of that chat
     * stored so far, in order. The conditional UPDATE of the chat's first message makes the claim
     * exclusive (no one can take a later message of the chat while an earlier one is pending);
     * SKIP LOCKED only spares PostgreSQL replicas from waiting on each other.
     */
    List<InboxItem> claim(Collection<String> sources, String owner, Duration lease) {
        if (sources.isEmpty()) {
            return List.of();
        }
        return tx.execute(status -> {
            Instant now = clock.instant();
            String in = String.join(",", sources.stream().map(s -> "?").toList());
            List<Object> params = new java.util.ArrayList<>(sources);
            params.add(ts(now));
            record Head(InboxItem item, int run) {
            }
            List<Head> heads = jdbc.sql("""
                            SELECT m.id, m.source, m.chat_key, m.payload, m.attempts,
                                   (SELECT COUNT(*) FROM inbox_message r WHERE r.chat_key = m.chat_key AND r.status = 'PENDING') AS run
                            FROM inbox_message m
                            WHERE m.status = 'PENDING' AND m.source IN (%s)
                              AND (m.lease_until IS NULL OR m.lease_until < ?)
                              AND NOT EXISTS (SELECT 1 FROM inbox_message o
                                              WHERE o.chat_key = m.chat_key AND o.status = 'PENDING' AND o.id < m.id)
                            ORDER BY m.id LIMIT 8""".formatted(in) + (postgres ? " FOR UPDATE OF m SKIP LOCKED" : ""))
                    .params(params)
                    .query((rs, n) -> new Head(new InboxItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5) + 1), rs.getInt(6)))
                    .list();
            for (Head head : heads) {
                InboxItem first = head.item();
                int claimed = jdbc.sql("""
                                UPDATE inbox_message SET lease_owner = ?, lease_until = ?, attempts = attempts + 1
                                WHERE id = ? AND status = 'PENDING' AND (lease_until IS NULL OR lease_until < ?)""")
                        .params(owner, ts(now.plus(lease)), first.id(), ts(now)).update();
                if (claimed != 1) {
                    continue;
                }
                if (head.run() == 1) {
                    return List.of(first); // the usual case (a pending row's payload never changes)
                }
                // The chat is ours: its later messages cannot be claimed by anyone while its first is pending.
                jdbc.sql("""
                                UPDATE inbox_message SET lease_owner = ?, lease_until = ?
                                WHERE chat_key = ? AND source = ? AND id > ? AND status = 'PENDING'
                                  AND (lease_until IS NULL OR lease_until < ?)""")
                        .params(owner, ts(now.plus(lease)), first.chatKey(), first.source(), first.id(), ts(now)).update();
                List<InboxItem> run = new java.util.ArrayList<>(List.of(first));
                run.addAll(jdbc.sql("""
                                SELECT id, source, chat_key, payload, attempts FROM inbox_message
                                WHERE chat_key = ? AND id > ? AND status = 'PENDING' AND lease_owner = ? ORDER BY id""")
                        .params(first.chatKey(), first.id(), owner)
                        .query((rs, n) -> new InboxItem(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getInt(5)))
                        .list());
                return run;
            }
            return List.<InboxItem>of();
        });
    }

    /** Whether nothing older of this chat is still pending, i.e. this message's turn has come. */
    boolean isHead(long id, String chatKey) {
        return jdbc.sql("SELECT COUNT(*) FROM inbox_message WHERE chat_key = ? AND status = 'PENDING' AND id < ?")
                .params(chatKey, id).query(Integer.class).single() == 0;
    }

    /** Processed: the text goes at once; the row stays only to recognise a retried update. */
    void done(long id) {
        jdbc.sql("""
                        UPDATE inbox_message SET status = 'DONE', payload = NULL, lease_owner = NULL, lease_until = NULL,
                        done_at = ? WHERE id = ?""")
                .params(ts(clock.instant()), id).update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM inbox_message WHERE id = ?").param(id).update();
    }

    int renew(String owner, Duration lease) {
        return jdbc.sql("UPDATE inbox_message SET lease_until = ? WHERE lease_owner = ? AND status = 'PENDING'")
                .params(ts(clock.instant().plus(lease)), owner).update();
    }

    int release(String owner) {
        return jdbc.sql("""
                        UPDATE inbox_message SET lease_owner = NULL, lease_until = NULL
                        WHERE lease_owner = ? AND status = 'PENDING'""")
                .param(owner).update();
    }

    int purgeDone(Duration keep) {
        return jdbc.sql("DELETE FROM inbox_message WHERE status = 'DONE' AND done_at < ?")
                .param(ts(clock.instant().minus(keep))).update();
    }

    /** Takes or keeps a named lease; true while this owner holds it. */
    boolean lead(String name, String owner, Duration lease) {
        Instant now = clock.instant();
        int updated = jdbc.sql("""
                        UPDATE inbox_leader SET owner = ?, lease_until = ?
                        WHERE name = ? AND (owner = ? OR owner IS NULL OR lease_until < ?)""")
                .params(owner, ts(now.plus(lease)), name, owner, ts(now)).update();
        if (updated == 1) {
            return true;
        }
        try {
            jdbc.sql("INSERT INTO inbox_leader (name, owner, lease_until) VALUES (?, ?, ?)")
                    .params(name, owner, ts(now.plus(lease))).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    void resign(String name, String owner) {
        jdbc.sql("UPDATE inbox_leader SET owner = NULL, lease_until = NULL WHERE name = ? AND owner = ?")
                .params(name, owner).update();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    static boolean isPostgres(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return product != null && product.toLowerCase(java.util.Locale.ROOT).contains("postgres");
        } catch (MetaDataAccessException e) {
            return false;
        }
    }
}
