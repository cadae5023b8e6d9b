package nl.wegwijs.inbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;

/**
 * This replica's threads for one table of leased work (the inbox's messages, the outbox's
 * replies). A thread claims a chat's run of rows in one go (every row of the chat up to now, in
 * order; no other replica takes any of that chat meanwhile), works them one by one, each marked
 * right after its work, and claims again. An idle thread sleeps until this replica stores new work
 * ({@link Arrivals}) or the poll interval passes (work another replica stored or left behind).
 * Leases are renewed while held. Stopping (SIGTERM, a rollout) takes no new work, lets the work in
 * hand finish for a while and then releases what is left, so another replica goes on at once
 * instead of after the lease.
 *
 * @param <T> a claimed row
 */
abstract class LeasedWorkers<T> implements SmartLifecycle {

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String name;
    private final int size;
    private final Arrivals arrivals;
    private final Duration lease;
    private final Duration poll;
    private final Duration grace;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean taking;
    private volatile boolean halted;
    private volatile CountDownLatch finished = new CountDownLatch(0);
    private ScheduledExecutorService housekeeping;

    LeasedWorkers(String name, int size, Arrivals arrivals, Duration lease, Duration poll, Duration grace) {
        this.name = name;
        this.size = size;
        this.arrivals = arrivals;
        this.lease = lease;
        this.poll = poll;
        this.grace = grace;
    }

    /** The next chat's run of claimable rows, oldest first, leased to this replica; empty when none. */
    abstract List<T> claim(Duration lease);

    /**
     * Works one claimed row and marks it (done, sent, later). False when the rest of the run must
     * wait (it was given back, e.g. behind a reply its channel could not take now).
     */
    abstract boolean work(T item);

    abstract void renew(Duration lease);

    /** Gives this replica's leased rows back (stopping), so other replicas take them at once; @return how many. */
    abstract int release();

    /** Whether there is anything for this replica to work (a channel configured). */
    abstract boolean enabled();

    /** More periodic jobs on the housekeeping thread (purges). */
    void schedule(ScheduledExecutorService housekeeping) {
    }

    @Override
    public synchronized void start() {
        if (taking || !enabled()) {
            return;
        }
        taking = true;
        halted = false;
        finished = new CountDownLatch(size);
        housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wegwijs-" + name + "-leases");
            t.setDaemon(true);
            return t;
        });
        long renewEvery = Math.max(100, lease.toMillis() / 3);
        housekeeping.scheduleWithFixedDelay(this::renewLeases, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
        schedule(housekeeping);
        for (int i = 1; i <= size; i++) {
            Thread thread = new Thread(this::loop, "wegwijs-" + name + "-" + i);
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
        arrivals.signalAll();
        try {
            if (!finished.await(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("{} work still running at shutdown; released to other replicas", name);
                threads.forEach(Thread::interrupt);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        housekeeping.shutdownNow();
        if (!halted) {
            try {
                int released = release();
                if (released > 0) {
                    log.info("released {} {} rows to other replicas", released, name);
                }
            } catch (DataAccessException e) {
                log.warn("could not release {} leases; they expire after {}", name, lease, e);
            }
        }
        threads.clear();
    }

    /**
     * Stops like a process killed between two rows, for tests of a replica that dies: no new work,
     * no renewal, no release; what it held waits for its lease to run out. The row in hand finishes
     * its work; {@link #halted()} tells it to roll back what it can.
     */
    void halt() {
        halted = true;
        taking = false;
        if (housekeeping != null) {
            housekeeping.shutdownNow();
        }
        arrivals.signalAll();
        try {
            finished.await(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean halted() {
        return halted;
    }

    @Override
    public boolean isRunning() {
        return taking;
    }

    private void renewLeases() {
        if (halted) {
            return;
        }
        try {
            renew(lease);
        } catch (DataAccessException e) {
            log.warn("could not renew {} leases", name, e);
        }
    }

    private void loop() {
        // Each idle thread looks every size x poll, so the replica's idle threads together look
        // about once per poll interval, not size times as often.
        Duration idlePoll = poll.multipliedBy(size);
        try {
            while (taking && !Thread.currentThread().isInterrupted()) {
                long seen = arrivals.seen();
                List<T> run = claimOrWait();
                if (run.isEmpty()) {
                    arrivals.await(seen, idlePoll);
                    continue;
                }
                for (T item : run) {
                    if (!taking || !work(item)) {
                        break; // stopping: the rest is released by stop(), or waits for its lease (halt)
                    }
                }
                // No wake-up for another thread here: this one claims again at once, and takes the
                // chat's next row if it came meanwhile.
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            finished.countDown();
        }
    }

    private List<T> claimOrWait() throws InterruptedException {
        try {
            return claim(lease);
        } catch (RuntimeException e) {
            log.warn("{} unavailable: {}", name, e.getClass().getSimpleName());
            Thread.sleep(Math.max(500, poll.toMillis()));
            return List.of();
        }
    }
}
