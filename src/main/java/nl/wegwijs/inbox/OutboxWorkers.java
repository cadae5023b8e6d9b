package nl.wegwijs.inbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * This replica's outbox senders. Each takes the next sendable reply (of any chat, written by any
 * replica), hands it to its source's {@link OutboxSender} and deletes it right after the
 * channel's ok. Leases are renewed while held (a 429's wait can be long). Stopping lets the sends
 * in flight finish, then releases what is left to the other replicas.
 */
@Component
class OutboxWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorkers.class);

    private final Inbox inbox;
    private final Outbox outbox;
    private final OutboxRepository repository;
    private final InboxProperties properties;
    private final Map<String, OutboxSender> senders;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean taking;
    private volatile boolean halted;
    private volatile CountDownLatch finished = new CountDownLatch(0);
    private ScheduledExecutorService housekeeping;

    OutboxWorkers(Inbox inbox, Outbox outbox, OutboxRepository repository, InboxProperties properties,
            List<OutboxSender> senders) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.repository = repository;
        this.properties = properties;
        this.senders = senders.stream().collect(Collectors.toMap(OutboxSender::source, Function.identity()));
    }

    @Override
    public synchronized void start() {
        if (taking || senders.isEmpty()) {
            return;
        }
        taking = true;
        finished = new CountDownLatch(properties.outboxSenders());
        housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wegwijs-outbox-leases");
            t.setDaemon(true);
            return t;
        });
        long renewEvery = Math.max(100, properties.lease().toMillis() / 3);
        housekeeping.scheduleWithFixedDelay(this::renewLeases, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
        for (int i = 1; i <= properties.outboxSenders(); i++) {
            Thread thread = new Thread(this::work, "wegwijs-outbox-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    @Override
    public void stop() {
        synchronized (this) {
            if (!taking) {
                return;
            }
            taking = false;
        }
        outbox.wakeSenders();
        try {
            if (!finished.await(properties.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("outbox sends still running at shutdown; released to other replicas");
                threads.forEach(Thread::interrupt);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        housekeeping.shutdownNow();
        if (!halted) {
            try {
                repository.release(inbox.owner());
            } catch (DataAccessException e) {
                log.warn("could not release outbox leases; they expire after {}", properties.lease(), e);
            }
        }
        threads.clear();
    }

    /**
     * Stops like a process killed between two sends, for tests of a replica that dies: no new
     * sends, no renewal, no release; what it held waits for its lease to run out. (A kill between
     * a channel's ok and the delete, which this cannot model, is what the kill -9 test measures.)
     */
    void halt() {
        halted = true;
        taking = false;
        if (housekeeping != null) {
            housekeeping.shutdownNow();
        }
        outbox.wakeSenders();
        try {
            finished.await(properties.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return taking;
    }

    /** Stops after the inbox workers, so the replies of the turns they finish are sent (or released). */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 8192;
    }

    private void renewLeases() {
        if (halted) {
            return;
        }
        try {
            repository.renew(inbox.owner(), properties.lease());
        } catch (DataAccessException e) {
            log.warn("could not renew outbox leases", e);
        }
    }

    private void work() {
        try {
            while (taking && !Thread.currentThread().isInterrupted()) {
                Optional<OutboxItem> item = claim();
                if (item.isEmpty()) {
                    // This replica's own replies wake a sender at once; the poll only finds other
                    // replicas' left-overs (a dead one's, one due again), so it need not be eager.
                    outbox.awaitArrival(properties.outboxPollInterval());
                    continue;
                }
                send(item.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            finished.countDown();
        }
    }

    private Optional<OutboxItem> claim() throws InterruptedException {
        try {
            return repository.claim(senders.keySet(), inbox.owner(), properties.lease());
        } catch (RuntimeException e) {
            log.warn("outbox unavailable: {}", e.getClass().getSimpleName());
            Thread.sleep(Math.max(500, properties.pollInterval().toMillis()));
            return Optional.empty();
        }
    }

    private void send(OutboxItem item) {
        try {
            senders.get(item.source()).send(item.chatKey(), item.payload());
        } catch (OutboxSender.Later e) {
            if (item.attempts() >= properties.outboxMaxAttempts()) {
                log.error("outbox reply {} to {} dropped after {} attempts", item.id(), item.source(), item.attempts(), e);
                forget(item);
            } else {
                Duration after = e.after() != null ? e.after() : properties.outboxRetryAfter();
                log.warn("outbox reply {} to {} not sent ({}); again in {} s", item.id(), item.source(), e.getMessage(),
                        after.toSeconds());
                try {
                    repository.later(item.id(), after);
                } catch (DataAccessException d) {
                    log.warn("could not reschedule outbox reply {}; its lease expires", item.id());
                }
            }
            return;
        } catch (RuntimeException e) {
            // Refused for good (blocked bot, bad request): keeping it would block the chat's later replies.
            log.error("outbox reply {} to {} refused; dropped", item.id(), item.source(), e);
        }
        forget(item);
    }

    private void forget(OutboxItem item) {
        try {
            repository.delete(item.id());
        } catch (DataAccessException e) {
            // Left leased: sent again elsewhere once the lease ends (at least once, never lost).
            log.error("could not delete sent outbox reply {}", item.id(), e);
        }
    }
}
