package nl.wegwijs.insights;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Our own small pool, not the caller's thread and not a shared Spring executor: recording competes with
 * nothing on the reply's path, and when the database is slow the queue fills and records are dropped
 * rather than piling up in memory. Deliberately not an {@link Executor} bean, so Boot's own
 * application executor stays in place for others.
 */
final class InsightExecutor implements AutoCloseable {

    private final ThreadPoolExecutor pool;

    InsightExecutor(int threads, int capacity) {
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(capacity),
                r -> {
                    Thread t = new Thread(r, "insights-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
        pool.allowCoreThreadTimeOut(true);
    }

    /** @return false when the queue is full (the record is dropped) */
    boolean offer(Runnable task) {
        try {
            pool.execute(task);
            return true;
        } catch (java.util.concurrent.RejectedExecutionException full) {
            return false;
        }
    }

    /** Waits for what is queued, a little: used on shutdown and by tests. */
    boolean drain(long millis) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (System.nanoTime() < end) {
            if (pool.getQueue().isEmpty() && pool.getActiveCount() == 0) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
