package nl.wegwijs.inbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This replica's inbox workers. Each takes the next claimable message (of any chat, stored by any
 * replica), hands it to its source's {@link InboxHandler} and marks it done, which deletes its
 * text. Leases are renewed while held. Stopping (SIGTERM, a rollout) takes no new work, lets
 * running turns finish for a while and then releases what is left, so another replica goes on
 * at once instead of after the lease.
 */
@Component
class InboxWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboxWorkers.class);

    private final Inbox inbox;
    private final InboxRepository repository;
    private final InboxProperties properties;
    private final Map<String, InboxHandler> handlers;
    private final TransactionTemplate transactions;
    private final List<Thread> threads = new ArrayList<>();
    private final Map<Long, Thread> running = new ConcurrentHashMap<>();
    private volatile boolean taking;
    private volatile boolean halted;
    private volatile CountDownLatch finished = new CountDownLatch(0);
    private ScheduledExecutorService housekeeping;

    InboxWorkers(Inbox inbox, InboxRepository repository, InboxProperties properties, List<InboxHandler> handlers,
            TransactionTemplate transactions) {
        this.inbox = inbox;
        this.transactions = transactions;
        this.repository = repository;
        this.properties = properties;
        this.handlers = handlers.stream().collect(Collectors.toMap(InboxHandler::source, Function.identity()));
    }

    @Override
    public synchronized void start() {
        if (taking || handlers.isEmpty()) {
            return;
        }
        taking = true;
        finished = new CountDownLatch(properties.workers());
        housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wegwijs-inbox-leases");
            t.setDaemon(true);
            return t;
        });
        long renewEvery = Math.max(100, properties.lease().toMillis() / 3);
        housekeeping.scheduleWithFixedDelay(this::renewLeases, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
        housekeeping.scheduleWithFixedDelay(this::purge, 1, 60, TimeUnit.MINUTES);
        for (int i = 1; i <= properties.workers(); i++) {
            Thread thread = new Thread(this::work, "wegwijs-inbox-" + i);
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
        inbox.wakeWorkers();
        try {
            if (!finished.await(properties.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("{} inbox messages still running at shutdown; released to other replicas", running.size());
                threads.forEach(Thread::interrupt);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        housekeeping.shutdownNow();
        if (!halted) {
            try {
                int released = repository.release(inbox.owner());
                if (released > 0) {
                    log.info("released {} inbox messages to other replicas", released);
                }
            } catch (DataAccessException e) {
                log.warn("could not release inbox leases; they expire after {}", properties.lease(), e);
            }
        }
        threads.clear();
    }

    /**
     * Stops like a killed process would, for tests of a replica that dies: no more work, no
     * renewal, no release; what it held waits for its lease to run out.
     */
    void halt() {
        halted = true;
        taking = false;
        if (housekeeping != null) {
            housekeeping.shutdownNow();
        }
        threads.forEach(Thread::interrupt);
    }

    @Override
    public boolean isRunning() {
        return taking;
    }

    /** Stops after the web server (which stops taking updates first) and before the database goes. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    private void renewLeases() {
        if (halted) {
            return;
        }
        try {
            repository.renew(inbox.owner(), properties.lease());
        } catch (DataAccessException e) {
            log.warn("could not renew inbox leases", e);
        }
    }

    private void purge() {
        try {
            repository.purgeDone(properties.keepDone());
        } catch (DataAccessException e) {
            log.warn("could not purge processed inbox rows", e);
        }
    }

    private void work() {
        try {
            while (taking && !Thread.currentThread().isInterrupted()) {
                Optional<InboxItem> item = claim();
                if (item.isEmpty()) {
                    inbox.awaitArrival(properties.pollInterval());
                    continue;
                }
                process(item.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            finished.countDown();
        }
    }

    private Optional<InboxItem> claim() throws InterruptedException {
        try {
            return repository.claim(handlers.keySet(), inbox.owner(), properties.lease());
        } catch (RuntimeException e) {
            log.warn("inbox unavailable: {}", e.getClass().getSimpleName());
            Thread.sleep(Math.max(500, properties.pollInterval().toMillis()));
            return Optional.empty();
        }
    }

    /**
     * One message in one transaction: the handler's changes (the turn's state, the replies it puts
     * in the {@link Outbox}) and the mark "done" commit together or not at all. A replica that dies
     * before the commit has changed and sent nothing, and the next replica does the message again.
     */
    private void process(InboxItem item) {
        running.put(item.id(), Thread.currentThread());
        boolean committed = false;
        try {
            transactions.executeWithoutResult(status -> {
                if (item.attempts() > properties.maxAttempts()) {
                    log.error("inbox message {} dropped after {} attempts", item.id(), item.attempts());
                } else {
                    handlers.get(item.source()).handle(item);
                }
                if (halted) {
                    status.setRollbackOnly(); // died mid-turn: nothing of it happened
                    return;
                }
                repository.done(item.id());
            });
            committed = !halted;
        } catch (RuntimeException e) {
            // The handler answers politely itself; this is the last line: log (no text) and move on.
            log.error("inbox message {} from {} failed", item.id(), item.source(), e);
        } finally {
            running.remove(item.id());
        }
        if (halted) {
            return;
        }
        if (!committed) {
            try {
                repository.done(item.id()); // its changes rolled back; one bad message must not block its chat
            } catch (DataAccessException e) {
                // Left leased: it runs again elsewhere once the lease ends (at least once, never lost).
                log.error("could not mark inbox message {} done", item.id(), e);
            }
        }
        inbox.wakeWorkers();
    }

    Duration lease() {
        return properties.lease();
    }
}
