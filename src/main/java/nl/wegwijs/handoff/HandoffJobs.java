package nl.wegwijs.handoff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.wegwijs.conversation.UserForgotten;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The handoff's clockwork: escalation of unclaimed tickets, retries of undelivered messages, and
 * retention. Every action is a conditional update, so any number of replicas may run it at once.
 * Also erases a parent's tickets when they ask to be forgotten: right after the turn's commit,
 * from the event publication registry, so a crash or restart in between only delays it.
 */
@Component
class HandoffJobs {

    private static final Logger log = LoggerFactory.getLogger(HandoffJobs.class);
    /** Messages that could not be delivered or fetched for this long are given up. */
    private static final Duration UNDELIVERABLE = Duration.ofDays(2);

    private final Handoffs handoffs;
    private final Relay relay;
    private final TicketStore tickets;
    private final RelayQueue queue;
    private final HandoffProperties properties;
    private final Clock clock;

    HandoffJobs(Handoffs handoffs, Relay relay, TicketStore tickets, RelayQueue queue, HandoffProperties properties, Clock clock) {
        this.handoffs = handoffs;
        this.relay = relay;
        this.tickets = tickets;
        this.queue = queue;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${wegwijs.handoff.tick:30s}", initialDelayString = "${wegwijs.handoff.tick:30s}")
    void tick() {
        try {
            handoffs.escalate();
            handoffs.closeIdle();
            relay.retryDue();
            purge();
        } catch (RuntimeException e) {
            log.warn("handoff job failed: {}", Handoffs.describe(e));
        }
    }

    void purge() {
        Instant now = clock.instant();
        int purged = tickets.purge(now.minus(properties.retention()), now.minus(properties.consentTimeout()));
        int dropped = queue.purgeOlderThan(now.minus(UNDELIVERABLE));
        if (purged + dropped > 0) {
            log.info("handoff retention: {} tickets, {} undeliverable messages removed", purged, dropped);
        }
    }

    @ApplicationModuleListener(id = "handoff.tickets.forget")
    void on(UserForgotten forgotten) {
        handoffs.forget(forgotten.key());
    }
}
