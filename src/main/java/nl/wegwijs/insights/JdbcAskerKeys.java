package nl.wegwijs.insights;

import java.security.SecureRandom;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Monthly keys in the database, so every replica hashes an asker the same way within a month; each key
 * sealed under a secret from outside the database ({@link AskerKeySeal}), so the database alone cannot
 * recompute a hash. A key is random, never derived from anything, so once its row is deleted no one can
 * recompute its hashes. The first key of a new month deletes the older ones at once; the retention job
 * does the same at midnight for a month in which nobody asked.
 */
@Repository
class JdbcAskerKeys implements InsightStore.AskerKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;
    private final AskerKeySeal seal;

    JdbcAskerKeys(JdbcClient jdbc, AskerKeySeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    @Override
    public byte[] keyFor(YearMonth month) {
        Optional<String> existing = find(month);
        if (existing.isPresent()) {
            return seal.open(month, existing.get());
        }
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        try {
            jdbc.sql("INSERT INTO insight_asker_key (key_month, sealed) VALUES (?, ?)")
                    .params(month.toString(), seal.seal(month, key)).update();
            deleteBefore(month);
            return key;
        } catch (DuplicateKeyException raced) {
            // another replica made this month's key first: everyone must use that one
            return seal.open(month, find(month).orElseThrow());
        }
    }

    @Override
    public int deleteBefore(YearMonth month) {
        return jdbc.sql("DELETE FROM insight_asker_key WHERE key_month < ?").params(month.toString()).update();
    }

    private Optional<String> find(YearMonth month) {
        return jdbc.sql("SELECT sealed FROM insight_asker_key WHERE key_month = ?").params(month.toString())
                .query(String.class).optional();
    }
}
