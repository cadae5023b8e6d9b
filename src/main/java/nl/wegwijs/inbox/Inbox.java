package nl.wegwijs.inbox;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * The durable inbox every channel's intake goes through (DESIGN.md, several replicas). A message
 * is acknowledged to its sender only once it is a row in the database; workers on any replica
 * take each chat's next message in order, one at a time per chat across all replicas.
 */
@Service
public class Inbox {

    /** This replica, as it signs its leases; new at every start, so a restarted replica is a new owner. */
    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final String owner = UUID.randomUUID().toString();
    private final InboxRepository repository;
    private final InboxProperties properties;
    private final Arrivals arrivals = new Arrivals();

    Inbox(InboxRepository repository, InboxProperties properties) {
        this.repository = repository;
        this.properties = properties;
    }

    /** Pending messages over all replicas and the oldest one's wait, for the operator's gauges. */
    public InboxDepth depth() {
        return repository.depth();
    }

    /**
     * Stores a message for the workers. {@code bot} and {@code updateId} identify a channel's
     * update, so a retried one is a no-op; both may be null where a channel has no such id.
     */
    public Offer offer(String source, String chatKey, String bot, Long updateId, String payload) {
        if (repository.pending() >= properties.capacity()) {
            return new Offer.Full();
        }
        Optional<Long> id = repository.insert(source, chatKey, bot, updateId, payload, null, null);
        if (id.isEmpty()) {
            return new Offer.Duplicate();
        }
        wakeWorker();
        return new Offer.Stored(id.get());
    }

    /**
     * For a caller that waits for its answer (the web API): takes a place in the chat's order,
     * waits until the chat's earlier messages are done (on any replica), then runs {@code work}
     * here while holding the chat. The message text is not stored: only the place in line is.
     * Empty when the inbox is full or the turn did not come within the configured wait.
     */
    public <T> Optional<T> inOrder(String source, String chatKey, Supplier<T> work) {
        long id;
        try {
            if (repository.pending() >= properties.capacity()) {
                return Optional.empty();
            }
            id = repository.insert(source, chatKey, null, null, null, owner, properties.lease()).orElseThrow();
        } catch (DataAccessException e) {
            // The database is down: the work itself then tells the user so, politely, in their language.
            log.warn("inbox unavailable; answering without a place in line: {}", e.getClass().getSimpleName());
            return Optional.ofNullable(work.get());
        }
        try {
            long deadline = System.nanoTime() + properties.webWait().toNanos();
            long pause = 2;
            while (!repository.isHead(id, chatKey)) {
                if (System.nanoTime() > deadline) {
                    return Optional.empty();
                }
                sleep(Duration.ofMillis(pause));
                pause = Math.min(pause * 2, properties.pollInterval().toMillis());
            }
            return Optional.ofNullable(work.get());
        } finally {
            try {
                repository.delete(id);
            } catch (DataAccessException e) {
                log.warn("could not clear a web message's place in line; it expires: {}", e.getClass().getSimpleName());
            }
            wakeWorker();
        }
    }

    String owner() {
        return owner;
    }

    /** Lets one of this replica's idle workers look at once, instead of at its next poll. */
    private void wakeWorker() {
        arrivals.signal();
    }

    Arrivals arrivals() {
        return arrivals;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the conversation's turn", e);
        }
    }
}
