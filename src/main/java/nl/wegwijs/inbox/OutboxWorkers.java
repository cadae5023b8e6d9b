package nl.wegwijs.inbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * This replica's outbox senders. Each takes a chat's unsent replies (written by any replica) in
 * one claim, hands them one at a time to their source's {@link OutboxSender} and deletes each
 * right after the channel's ok, before the next one goes: one reply per chat in flight, and the
 * only one that can go twice when this replica dies. Leases are renewed while held (a 429's wait
 * can be long). Stopping lets the send in flight finish, then releases what is left to the other
 * replicas.
 */
@Component
class OutboxWorkers extends LeasedWorkers<OutboxItem> {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorkers.class);

    private final Inbox inbox;
    private final OutboxRepository repository;
    private final InboxProperties properties;
    private final Map<String, OutboxSender> senders;

    OutboxWorkers(Inbox inbox, Outbox outbox, OutboxRepository repository, InboxProperties properties,
            List<OutboxSender> senders) {
        // This replica's own replies wake a sender at once; the poll only finds other replicas'
        // left-overs (a dead one's, one due again), so it need not be eager.
        super("outbox", properties.outboxSenders(), outbox.arrivals(), properties.lease(), properties.outboxPollInterval(),
                properties.shutdownGrace());
        this.inbox = inbox;
        this.repository = repository;
        this.properties = properties;
        this.senders = senders.stream().collect(Collectors.toMap(OutboxSender::source, Function.identity()));
    }

    /** Stops after the inbox workers, so the replies of the turns they finish are sent (or released). */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 8192;
    }

    @Override
    boolean enabled() {
        return !senders.isEmpty();
    }

    @Override
    List<OutboxItem> claim(Duration lease) {
        return repository.claim(senders.keySet(), inbox.owner(), lease);
    }

    @Override
    void renew(Duration lease) {
        repository.renew(inbox.owner(), lease);
    }

    @Override
    int release() {
        return repository.release(inbox.owner());
    }

    @Override
    boolean work(OutboxItem item) {
        try {
            senders.get(item.source()).send(item.chatKey(), item.payload());
        } catch (OutboxSender.Later e) {
            if (item.attempts() >= properties.outboxMaxAttempts()) {
                log.error("outbox reply {} to {} dropped after {} attempts", item.id(), item.source(), item.attempts(), e);
                return forget(item);
            }
            Duration after = e.after() != null ? e.after() : properties.outboxRetryAfter();
            log.warn("outbox reply {} to {} not sent ({}); again in {} s", item.id(), item.source(), e.getMessage(),
                    after.toSeconds());
            try {
                repository.later(item, inbox.owner(), after);
            } catch (DataAccessException d) {
                log.warn("could not reschedule outbox reply {}; its lease expires", item.id());
            }
            return false;
        } catch (RuntimeException e) {
            // Refused for good (blocked bot, bad request): keeping it would block the chat's later replies.
            log.error("outbox reply {} to {} refused; dropped", item.id(), item.source(), e);
        }
        return forget(item);
    }

    /** Sent or given up: deleted before the chat's next reply goes, so a kill doubles at most this one. */
    private boolean forget(OutboxItem item) {
        try {
            repository.delete(item.id());
            return true;
        } catch (DataAccessException e) {
            // Left leased: sent again elsewhere once the lease ends (at least once, never lost). The
            // chat's later replies must not overtake it.
            log.error("could not delete sent outbox reply {}", item.id(), e);
            return false;
        }
    }
}
