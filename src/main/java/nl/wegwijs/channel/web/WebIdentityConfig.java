package nl.wegwijs.channel.web;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where the signing key comes from. An operator's WEGWIJS_WEB_SECRET wins; without it the key is
 * made once and kept in the database, because every replica must accept the ids the others issue
 * (a per-JVM key would log out every parent on each restart). That fallback means a reader of the
 * database could forge ids, which the README says: production sets the variable.
 */
@Configuration(proxyBeanMethods = false)
class WebIdentityConfig {

    @Bean
    ConversationIds conversationIds(WebProperties properties, JdbcClient jdbc, Clock clock) {
        String secret = properties.secret() == null || properties.secret().isBlank() ? storedKey(jdbc) : properties.secret();
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        if (key.length < 32) {
            throw new IllegalStateException("WEGWIJS_WEB_SECRET must be at least 32 characters (e.g. openssl rand -base64 48)");
        }
        return new ConversationIds(key, properties.idLifetime(), clock);
    }

    private static String storedKey(JdbcClient jdbc) {
        var existing = jdbc.sql("SELECT secret FROM web_id_key WHERE id = 1").query(String.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] bits = new byte[48];
        new SecureRandom().nextBytes(bits);
        try {
            jdbc.sql("INSERT INTO web_id_key (id, secret) VALUES (1, ?)")
                    .param(Base64.getEncoder().encodeToString(bits)).update();
        } catch (DuplicateKeyException raced) {
            // another replica made it at the same moment: use theirs
        }
        return jdbc.sql("SELECT secret FROM web_id_key WHERE id = 1").query(String.class).single();
    }
}
