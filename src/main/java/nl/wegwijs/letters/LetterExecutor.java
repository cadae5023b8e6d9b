package nl.wegwijs.letters;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Optional;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * OCR's own few threads and short queue, apart from the inbox workers and the urgent path: a
 * letter takes a core for seconds, and must never hold up another parent's answer or a crisis
 * reply. Full means full: the parent is asked to try again, nothing waits unbounded.
 */
@Component
class LetterExecutor implements DisposableBean {

    private final ThreadPoolExecutor pool;

    LetterExecutor(LettersProperties properties) {
        AtomicInteger n = new AtomicInteger();
        int workers = Math.max(1, properties.workers());
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, properties.queue())), r -> {
                    Thread t = new Thread(r, "letters-" + n.incrementAndGet());
                    t.setDaemon(true);
                    // Below the reply threads: OCR is the one thing that may wait.
                    t.setPriority(Thread.NORM_PRIORITY - 1);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** @return empty when the queue is full */
    <T> Optional<Future<T>> submit(Callable<T> work) {
        try {
            return Optional.of(pool.submit(work));
        } catch (RejectedExecutionException e) {
            return Optional.empty();
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
