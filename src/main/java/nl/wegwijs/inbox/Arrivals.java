package nl.wegwijs.inbox;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How this replica's idle workers hear of new work without polling. A signal wakes one waiting
 * worker (not all of them, each then querying for the same row), and only a waiting one: a busy
 * worker claims again as soon as its run is done anyway, so arrivals during a burst do not pile up
 * as wake-ups that later send idle workers to the database for work that is gone (with one permit
 * per arrival, a burst of N messages cost N claims afterwards, most of them finding nothing).
 * Nothing is missed: a worker waits only if nothing arrived since it last looked ({@link #seen()}
 * before its claim), so a message stored between its claim and its wait wakes it at once. Work
 * stored by another replica is found by the poll only.
 */
final class Arrivals {

    private final Semaphore permits = new Semaphore(0);
    private final AtomicLong arrived = new AtomicLong();
    private final AtomicInteger waiting = new AtomicInteger();

    /** Something new may be claimable: wake one waiting worker, if one waits. */
    void signal() {
        arrived.incrementAndGet();
        if (permits.availablePermits() < waiting.get()) {
            permits.release();
        }
    }

    /** Wake every worker (stopping). */
    void signalAll() {
        arrived.incrementAndGet();
        permits.release(1024);
    }

    /** The arrivals so far: read before looking for work, handed to {@link #await}. */
    long seen() {
        return arrived.get();
    }

    /** Waits for an arrival after {@code seen}, at most {@code atMost}; returns at once if one came meanwhile. */
    void await(long seen, Duration atMost) throws InterruptedException {
        waiting.incrementAndGet();
        try {
            if (arrived.get() == seen) {
                permits.tryAcquire(Math.max(1, atMost.toMillis()), TimeUnit.MILLISECONDS);
            }
        } finally {
            waiting.decrementAndGet();
        }
    }
}
