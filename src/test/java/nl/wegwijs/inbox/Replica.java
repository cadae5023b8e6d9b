package nl.wegwijs.inbox;

import java.util.HashMap;
import java.util.Map;
import nl.wegwijs.WegwijsApplication;
import nl.wegwijs.support.OperatorEnvironment;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;

/** One replica of the whole application, configured only through (emulated) environment variables. */
final class Replica implements AutoCloseable {

    final String name;
    final ConfigurableApplicationContext context;
    final int port;

    private Replica(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
        this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    static Replica start(String name, Map<String, String> variables, Class<?>... extra) {
        var env = new StandardEnvironment();
        Map<String, String> all = new HashMap<>(variables);
        all.put("PORT", "0");
        OperatorEnvironment.apply(env, all);
        Class<?>[] sources = new Class<?>[extra.length + 1];
        sources[0] = WegwijsApplication.class;
        System.arraycopy(extra, 0, sources, 1, extra.length);
        var context = new SpringApplicationBuilder(sources).environment(env)
                .properties("spring.main.banner-mode=off", "spring.application.name=replica-" + name).run();
        return new Replica(name, context);
    }

    /**
     * Like kill -9 as far as the inbox, the outbox and the module events can tell: no more work,
     * turns in flight rolled back, leases neither renewed nor released, events queued in memory
     * gone. The outbox's sends in flight finish first: this is a kill between two sends (the
     * window between a channel's ok and the delete is KillNineIT's, with real processes).
     */
    void crash() {
        context.getBean(InboxWorkers.class).halt();
        context.getBean(OutboxWorkers.class).halt();
        context.getBean(ModuleEventThreads.class).halt();
        context.close();
    }

    @Override
    public void close() {
        context.close();
    }
}
