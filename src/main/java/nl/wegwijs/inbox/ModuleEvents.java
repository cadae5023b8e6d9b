package nl.wegwijs.inbox;

import java.util.concurrent.Executor;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;

/** Listeners of events between modules run on {@link ModuleEventThreads}, not on the publisher's thread. */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class ModuleEvents implements AsyncConfigurer {

    private final ModuleEventThreads threads;

    ModuleEvents(ModuleEventThreads threads) {
        this.threads = threads;
    }

    @Override
    public Executor getAsyncExecutor() {
        return threads.executor();
    }
}
