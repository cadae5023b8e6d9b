package nl.wegwijs.inbox;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How this replica's idle workers hear of new work without polling: one permit per arrival, so one
 * arrival wakes one worker (not all of them, each then querying for the same row), and a worker
 * busy when it came still finds the permit afterwards. Work stored by another replica is found by
 * the poll only.
 */
final class Arrivals {

    private final Semaphore permits = new Semaphore(0);

    /** Something new may be claimable: wake one idle worker. */
    void signal() {
        permits.release();
    }

    /** Wake every worker (stopping). */
    void signalAll() {
        permits.release(1024);
    }

    void await(Duration atMost) throws InterruptedException {
        permits.tryAcquire(Math.max(1, atMost.toMillis()), TimeUnit.MILLISECONDS);
    }
}
