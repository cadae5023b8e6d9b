package nl.wegwijs.inbox;

import java.util.concurrent.Executor;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The threads that run listeners of events between modules ({@code @ApplicationModuleListener}:
 * after the publishing transaction's commit, each in its own transaction), off the reply's path.
 * The queue is unbounded on purpose: every queued event is also a row in event_publication, so
 * nothing is ever refused here, and what a crash or a restart cuts off is handed out again
 * ({@link EventRetries}). Not an {@link Executor} bean, so Boot's own application executor stays.
 */
@Component
class ModuleEventThreads implements DisposableBean {

    /** Listeners are short database writes; two threads keep up with any rate a turn can publish at. */
    static final int THREADS = 2;

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    ModuleEventThreads() {
        executor.setThreadNamePrefix("wegwijs-events-");
        executor.setCorePoolSize(THREADS);
        executor.setMaxPoolSize(THREADS);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(5);
        executor.initialize();
    }

    Executor executor() {
        return executor;
    }

    /**
     * Stops like a killed process would, for tests of a replica that dies: events queued here are
     * dropped (their rows stay in event_publication), running listeners are interrupted.
     */
    void halt() {
        executor.getThreadPoolExecutor().shutdownNow();
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
