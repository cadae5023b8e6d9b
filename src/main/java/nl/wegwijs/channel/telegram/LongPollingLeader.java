package nl.wegwijs.channel.telegram;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.wegwijs.inbox.Leadership;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Long polling on one replica at a time: Telegram answers only one getUpdates caller per bot.
 * Every replica tries for a database lease; the holder polls (storing updates in the inbox), the
 * others only work the inbox. If the holder dies, another takes over once the lease runs out.
 */
class LongPollingLeader implements SmartLifecycle {

    static final String LEASE = "telegram-long-polling";
    private static final Duration LEASE_TIME = Duration.ofSeconds(15);
    private static final Logger log = LoggerFactory.getLogger(LongPollingLeader.class);

    private final TelegramProperties properties;
    private final TelegramUpdateHandler handler;
    private final TelegramClient client;
    private final Leadership leadership;
    private ScheduledExecutorService timer;
    private TelegramBotsLongPollingApplication polling;

    LongPollingLeader(TelegramProperties properties, TelegramUpdateHandler handler, TelegramClient client,
            Leadership leadership) {
        this.properties = properties;
        this.handler = handler;
        this.client = client;
        this.leadership = leadership;
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wegwijs-telegram-leader");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::tick, 0, LEASE_TIME.toMillis() / 3, TimeUnit.MILLISECONDS);
    }

    private synchronized void tick() {
        boolean leading;
        try {
            leading = leadership.tryLead(LEASE, LEASE_TIME);
        } catch (RuntimeException e) {
            log.warn("long-polling lease unavailable: {}", e.getClass().getSimpleName());
            leading = false;
        }
        if (leading && polling == null) {
            try {
                // A webhook left over from an earlier webhook deployment would make getUpdates fail.
                client.execute(DeleteWebhook.builder().build());
                var application = new TelegramBotsLongPollingApplication();
                application.registerBot(properties.token(), properties::telegramUrl, new DefaultGetUpdatesGenerator(), handler);
                polling = application;
                log.info("this replica now long-polls Telegram");
            } catch (Exception e) {
                log.warn("could not start long polling: {}", e.getClass().getSimpleName());
            }
        } else if (!leading && polling != null) {
            log.info("another replica long-polls Telegram now");
            closePolling();
        }
    }

    private void closePolling() {
        try {
            polling.close();
        } catch (Exception e) {
            log.warn("closing long polling failed: {}", e.getClass().getSimpleName());
        }
        polling = null;
    }

    @Override
    public synchronized void stop() {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        timer = null;
        if (polling != null) {
            closePolling();
            try {
                leadership.resign(LEASE);
            } catch (RuntimeException e) {
                log.warn("could not resign long polling; the lease expires: {}", e.getClass().getSimpleName());
            }
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }

    /** Stops polling before the inbox workers stop, so nothing new arrives while they finish. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1024;
    }
}
