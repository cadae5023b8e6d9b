package nl.wegwijs.insights;

import java.security.SecureRandom;
import java.time.YearMonth;
import java.util.Base64;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Monthly keys in the database, so every replica hashes an asker the same way within a month. A key is
 * random, never derived from anything, so once its row is deleted no one can recompute its hashes.
 */
@Repository
class JdbcAskerKeys implements InsightStore.AskerKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;

    JdbcAskerKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public byte[] keyFor(YearMonth month) {
        Optional<String> existing = find(month);
        if (existing.isPresent()) {
            return Base64.getDecoder().decode(existing.get());
        }
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        try {
            jdbc.sql("INSERT INTO insight_asker_key (key_month, secret) VALUES (?, ?)")
                    .params(month.toString(), Base64.getEncoder().encodeToString(key)).update();
            return key;
        } catch (DuplicateKeyException raced) {
            // another replica made this month's key first: everyone must use that one
            return Base64.getDecoder().decode(find(month).orElseThrow());
        }
    }

    @Override
    public int deleteBefore(YearMonth month) {
        return jdbc.sql("DELETE FROM insight_asker_key WHERE key_month < ?").params(month.toString()).update();
    }

    private Optional<String> find(YearMonth month) {
        return jdbc.sql("SELECT secret FROM insight_asker_key WHERE key_month = ?").params(month.toString())
                .query(String.class).optional();
    }
}
