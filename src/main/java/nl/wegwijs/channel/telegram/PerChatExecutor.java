package nl.wegwijs.channel.telegram;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs conversation work on our own bounded pool, off the Telegram library's single polling
 * thread, so one slow user does not hold up the others; each chat's tasks still run one after
 * another, in arrival order. At most {@code limit} tasks wait at once: beyond that
 * {@link #submit} refuses, and the caller tells the user to try again shortly.
 */
class PerChatExecutor implements AutoCloseable {

    private final ExecutorService pool;
    private final Semaphore slots;
    private final ConcurrentHashMap<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    PerChatExecutor(int workers, int limit) {
        this.pool = Executors.newFixedThreadPool(workers, named("wegwijs-chat-"));
        this.slots = new Semaphore(limit);
    }

    boolean submit(long chatId, Runnable task) {
        if (!slots.tryAcquire()) {
            return false;
        }
        CompletableFuture<Void> next = tails.compute(chatId, (id, tail) ->
                (tail == null ? CompletableFuture.<Void>completedFuture(null) : tail)
                        .handleAsync((ignored, error) -> {
                            try {
                                task.run();
                            } finally {
                                slots.release();
                            }
                            return null;
                        }, pool));
        next.whenComplete((ignored, error) -> tails.remove(chatId, next));
        return true;
    }

    int waiting() {
        return tails.size();
    }

    @Override
    public void close() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
