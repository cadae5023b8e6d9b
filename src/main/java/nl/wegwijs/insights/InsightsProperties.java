package nl.wegwijs.insights;

import java.nio.file.Path;
import java.time.Period;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param k               a number is shown only when at least this many distinct askers are behind it
 * @param retention       question records older than this are deleted (DESIGN.md: 13 months)
 * @param retentionCron   when the daily clean-up runs
 * @param executorThreads threads that scrub and store records, away from the reply's path
 * @param queueCapacity   records waiting to be stored; beyond this they are dropped (and counted), never
 *                        allowed to slow down a reply
 * @param zone            the platform's time zone: weeks and months are counted in it
 * @param maxUnanswered   at most this many recent unanswered questions are grouped for one view
 * @param askerKeySecret  the secret that seals the monthly asker keys in the database
 *                        (WEGWIJS_ASKER_KEY_SECRET; the same on every replica); blank: {@code askerKeyFile}
 * @param askerKeyFile    without a secret, one is generated at first start into this file, outside the
 *                        database (embedded default, one replica; WEGWIJS_ASKER_KEY_FILE)
 */
@ConfigurationProperties("wegwijs.insights")
record InsightsProperties(
        @DefaultValue("5") int k,
        @DefaultValue("13m") Period retention,
        @DefaultValue("0 17 3 * * *") String retentionCron,
        @DefaultValue("1") int executorThreads,
        @DefaultValue("1000") int queueCapacity,
        @DefaultValue("Europe/Amsterdam") ZoneId zone,
        @DefaultValue("5000") int maxUnanswered,
        String askerKeySecret,
        @DefaultValue("data/asker-key.secret") Path askerKeyFile) {

    InsightsProperties {
        if (k < 2) {
            throw new IllegalArgumentException("wegwijs.insights.k must be at least 2");
        }
    }

    static InsightsProperties defaults() {
        return new InsightsProperties(5, Period.ofMonths(13), "0 17 3 * * *", 1, 1000,
                ZoneId.of("Europe/Amsterdam"), 5000, null, Path.of("data/asker-key.secret"));
    }
}
