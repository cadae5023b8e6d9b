package nl.wegwijs.conversation;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes the state of conversations inactive for longer than the retention (privacy: store the least). */
@Component
class StateRetention {

    private static final Logger log = LoggerFactory.getLogger(StateRetention.class);

    private final JdbcConversationStore store;
    private final ConversationProperties properties;
    private final Clock clock;

    StateRetention(JdbcConversationStore store, ConversationProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${wegwijs.conversation.retention-cron:0 47 * * * *}")
    int purge() {
        try {
            int deleted = store.deleteInactiveSince(clock.instant().minus(properties.retention()));
            log.info("conversation retention: {} inactive conversations deleted", deleted);
            return deleted;
        } catch (DataAccessException e) {
            log.warn("conversation retention failed; next run retries", e);
            return 0;
        }
    }
}
