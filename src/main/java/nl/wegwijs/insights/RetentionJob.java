package nl.wegwijs.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Daily: deletes question records older than the retention period, and the asker keys of months that
 * are over, so last month's hashes can no longer be recomputed from a conversation key.
 */
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final InsightStore store;
    private final InsightStore.AskerKeys keys;
    private final AskerHasher hasher;
    private final InsightsProperties properties;
    private final Clock clock;

    RetentionJob(InsightStore store, InsightStore.AskerKeys keys, AskerHasher hasher, InsightsProperties properties,
            Clock clock) {
        this.store = store;
        this.keys = keys;
        this.hasher = hasher;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${wegwijs.insights.retention-cron:0 17 3 * * *}", zone = "${wegwijs.insights.zone:Europe/Amsterdam}")
    void run() {
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        // Records know only their week: one goes when its week began before the cutoff, so up to
        // six days early, never late.
        LocalDate cutoff = today.minus(properties.retention());
        int records = store.deleteWeeksBefore(cutoff);
        YearMonth month = YearMonth.from(today);
        int months = keys.deleteBefore(month);
        hasher.dropKeysBefore(month);
        if (records > 0 || months > 0) {
            log.info("insights retention: {} records and {} monthly keys deleted", records, months);
        }
    }

    /**
     * The moment a month is over its key goes, on every replica (a delete is harmless twice), not only at
     * the next daily run; the first hash of the new month deletes it too ({@link JdbcAskerKeys}).
     */
    @Scheduled(cron = "1 0 0 1 * *", zone = "${wegwijs.insights.zone:Europe/Amsterdam}")
    void monthEnded() {
        YearMonth month = YearMonth.now(clock.withZone(properties.zone()));
        int months = keys.deleteBefore(month);
        hasher.dropKeysBefore(month);
        if (months > 0) {
            log.info("insights: {} monthly asker keys of past months deleted", months);
        }
    }
}
