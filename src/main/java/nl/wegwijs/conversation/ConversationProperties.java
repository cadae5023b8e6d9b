package nl.wegwijs.conversation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retention how long the state of a conversation (chat id, language, referral) is kept after
 *                  its last message ({@code WEGWIJS_STATE_RETENTION}); the privacy text states it
 * @param retentionCron when the purge runs (every replica may run it; deleting twice is harmless)
 */
@ConfigurationProperties("wegwijs.conversation")
public record ConversationProperties(
        @DefaultValue("30d") Duration retention,
        @DefaultValue("0 47 * * * *") String retentionCron) {
}
