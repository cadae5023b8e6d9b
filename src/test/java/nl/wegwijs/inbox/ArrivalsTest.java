package nl.wegwijs.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Wake-ups reach waiting workers only, are never lost, and do not pile up during a burst. */
class ArrivalsTest {

    @Test
    void arrivalsWhileEveryWorkerIsBusyDoNotPileUpAsWakeUps() throws Exception {
        Arrivals arrivals = new Arrivals();
        for (int i = 0; i < 100; i++) {
            arrivals.signal(); // a burst while no worker waits: the busy workers claim again anyway
        }
        long seen = arrivals.seen(); // a worker finished its run, looked, found nothing
        long start = System.nanoTime();
        arrivals.await(seen, Duration.ofMillis(300));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("slept until the poll, not woken by an old arrival")
                .isGreaterThanOrEqualTo(Duration.ofMillis(250));
    }

    @Test
    void anArrivalBetweenLookingAndWaitingIsNotMissed() throws Exception {
        Arrivals arrivals = new Arrivals();
        long seen = arrivals.seen();
        arrivals.signal(); // stored after the worker's claim found nothing, before it waits
        long start = System.nanoTime();
        arrivals.await(seen, Duration.ofSeconds(5));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void anArrivalWakesAWaitingWorkerAtOnce() throws Exception {
        Arrivals arrivals = new Arrivals();
        CountDownLatch woke = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            try {
                arrivals.await(arrivals.seen(), Duration.ofSeconds(10));
                woke.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        worker.start();
        Thread.sleep(200); // the worker waits by now
        arrivals.signal();
        assertThat(woke.await(2, TimeUnit.SECONDS)).isTrue();
        worker.join();
    }
}
