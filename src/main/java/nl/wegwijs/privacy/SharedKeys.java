package nl.wegwijs.privacy;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Random keys that every replica must share when the operator gave none (the embedded default):
 * made once by whichever replica asks first, kept in the database. A database reader can read
 * them, so production sets each one from the environment instead (README); callers say which.
 */
@Component
public class SharedKeys {

    private final JdbcClient jdbc;

    SharedKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The key called {@code name}, made now (48 random bytes, base64) if nobody made it yet. */
    public String named(String name) {
        var existing = find(name);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] bits = new byte[48];
        new SecureRandom().nextBytes(bits);
        try {
            jdbc.sql("INSERT INTO shared_key (name, secret) VALUES (?, ?)")
                    .params(name, Base64.getEncoder().encodeToString(bits)).update();
        } catch (DuplicateKeyException raced) {
            // another replica made it at the same moment: theirs counts
        }
        return find(name).orElseThrow();
    }

    private java.util.Optional<String> find(String name) {
        return jdbc.sql("SELECT secret FROM shared_key WHERE name = ?").param(name).query(String.class).optional();
    }
}
