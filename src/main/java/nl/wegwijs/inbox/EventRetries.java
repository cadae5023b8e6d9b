package nl.wegwijs.inbox;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Hands events between modules whose listener has not finished after {@code eventRetryAfter} to it
 * again: one that failed, or whose replica died or restarted before it ran. On one replica at a
 * time (a database lease), so replicas do not resubmit the same publication together. Listeners
 * must bear running twice (deletions and a counted record do).
 */
@Component
@EnableScheduling
class EventRetries implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(EventRetries.class);
    private static final String LEASE = "module-event-retries";

    private final ObjectProvider<IncompleteEventPublications> incomplete;
    private final Leadership leadership;
    private final InboxProperties properties;

    EventRetries(ObjectProvider<IncompleteEventPublications> incomplete, Leadership leadership, InboxProperties properties) {
        this.incomplete = incomplete;
        this.leadership = leadership;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        Duration every = properties.eventRetryAfter().dividedBy(2);
        tasks.addFixedDelayTask(this::retry, every.isZero() ? Duration.ofMillis(100) : every);
    }

    void retry() {
        IncompleteEventPublications publications = incomplete.getIfAvailable();
        if (publications == null) {
            return;
        }
        try {
            if (leadership.tryLead(LEASE, properties.eventRetryAfter().multipliedBy(2))) {
                publications.resubmitIncompletePublicationsOlderThan(properties.eventRetryAfter());
            }
        } catch (RuntimeException e) {
            log.warn("could not resubmit unfinished module events: {}", e.getClass().getSimpleName());
        }
    }
}
