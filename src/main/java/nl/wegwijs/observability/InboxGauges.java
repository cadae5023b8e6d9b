package nl.wegwijs.observability;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import nl.wegwijs.inbox.Inbox;
import nl.wegwijs.inbox.InboxDepth;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Inbox depth and the oldest message's wait as gauges. They read the database (one aggregate
 * query), not this replica's memory, so every replica reports the same total: take max(), not
 * sum(), across replicas. A scrape reads at most once per few seconds however many scrapers ask;
 * while the database is unreachable the gauges are NaN rather than a reassuring zero.
 */
@Component
class InboxGauges {

    private static final Duration FRESH_FOR = Duration.ofSeconds(5);
    private static final InboxDepth UNKNOWN = new InboxDepth(-1, Duration.ZERO);

    private final LoadingCache<Boolean, InboxDepth> depth;

    InboxGauges(Inbox inbox, MeterRegistry meters) {
        this.depth = Caffeine.newBuilder().expireAfterWrite(FRESH_FOR).build(key -> read(inbox));
        Gauge.builder("wegwijs.inbox.pending", this, g -> g.current().pending() < 0 ? Double.NaN : g.current().pending())
                .description("Messages waiting in the durable inbox, over all replicas")
                .strongReference(true)
                .register(meters);
        Gauge.builder("wegwijs.inbox.oldest.age", this,
                        g -> g.current().pending() < 0 ? Double.NaN : g.current().oldestAge().toMillis() / 1000.0)
                .description("How long the oldest pending inbox message has waited (0 when none), over all replicas")
                .baseUnit("seconds")
                .strongReference(true)
                .register(meters);
    }

    private InboxDepth current() {
        return depth.get(Boolean.TRUE);
    }

    private static InboxDepth read(Inbox inbox) {
        try {
            return inbox.depth();
        } catch (DataAccessException e) {
            return UNKNOWN;
        }
    }
}
