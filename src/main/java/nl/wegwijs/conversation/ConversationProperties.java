package nl.wegwijs.conversation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param cacheTtl  how long a replica trusts its cached state; short, because with several
 *                  replicas another one may have changed the row meanwhile
 * @param cacheSize how many conversations a replica keeps in memory
 */
@ConfigurationProperties("wegwijs.conversation")
public record ConversationProperties(
        @DefaultValue("60s") Duration cacheTtl,
        @DefaultValue("10000") long cacheSize) {
}
