package nl.wegwijs.channel.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import nl.wegwijs.conversation.Channel;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.conversation.IdentityIssued;
import nl.wegwijs.privacy.SharedKeys;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the signing key comes from. An operator's WEGWIJS_WEB_SECRET wins; without it the key is
 * made once and shared through the database, because every replica must accept the ids the others
 * issue (a per-JVM key would lose every parent's conversation on each restart). That fallback means
 * a reader of the database could forge ids, which the README says: production sets the variable.
 */
@Configuration(proxyBeanMethods = false)
class WebIdentityConfig {

    @Bean
    ConversationIds conversationIds(WebProperties properties, SharedKeys keys, Clock clock, ApplicationEventPublisher events) {
        String secret = properties.secret() == null || properties.secret().isBlank() ? keys.named("web-id") : properties.secret();
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        if (key.length < 32) {
            throw new IllegalStateException("WEGWIJS_WEB_SECRET must be at least 32 characters (e.g. openssl rand -base64 48)");
        }
        // only askers whose identity the server issued count for the reports' k (insights)
        return new ConversationIds(key, properties.idLifetime(), clock,
                id -> events.publishEvent(new IdentityIssued(new ConversationKey(Channel.WEB, id), clock.instant())));
    }
}
