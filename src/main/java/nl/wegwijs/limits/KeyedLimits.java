package nl.wegwijs.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A Resilience4j rate limiter per key (a client address, a conversation, a login name), in a
 * bounded Caffeine cache so a flood of new keys cannot exhaust memory. The first refusal in a
 * row is {@link Verdict#SLOW_DOWN} (say so politely, once); the rest are {@link Verdict#DROP}.
 * Limits are per replica on purpose: they protect this process's threads, and a shared counter
 * would put a database round trip on every message (README, "Limits").
 */
public final class KeyedLimits {

    public enum Verdict { ALLOWED, SLOW_DOWN, DROP }

    private record Entry(RateLimiter limiter, AtomicBoolean warned) {
    }

    private final String name;
    private final RateLimiterConfig config;
    private final Cache<String, Entry> entries;

    /** At most {@code permits} per {@code period} for each key. */
    public KeyedLimits(String name, int permits, Duration period) {
        this.name = name;
        this.config = RateLimiterConfig.custom()
                .limitForPeriod(permits)
                .limitRefreshPeriod(period)
                .timeoutDuration(Duration.ZERO)
                .build();
        this.entries = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(period.multipliedBy(2))
                .build();
    }

    public Verdict check(String key) {
        Entry entry = entries.get(key, k -> new Entry(RateLimiter.of(name, config), new AtomicBoolean()));
        if (entry.limiter().acquirePermission()) {
            entry.warned().set(false);
            return Verdict.ALLOWED;
        }
        return entry.warned().compareAndSet(false, true) ? Verdict.SLOW_DOWN : Verdict.DROP;
    }
}
