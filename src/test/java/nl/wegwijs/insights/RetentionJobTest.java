package nl.wegwijs.insights;

import static nl.wegwijs.insights.Records.question;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class RetentionJobTest {

    final InMemoryInsightStore store = new InMemoryInsightStore();
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-18T02:00:00Z"));
    final AskerHasher hasher = new AskerHasher(store, clock, InsightsProperties.defaults().zone());
    final RetentionJob job = new RetentionJob(store, store, hasher, InsightsProperties.defaults(), clock);

    @Test
    void deletesRecordsOlderThanThirteenMonthsAndKeepsTheRest() {
        store.records.add(question(RecordKind.ANSWERED, "adhd", "nl", LocalDate.of(2025, 10, 6), "old"));
        store.records.add(question(RecordKind.ANSWERED, "adhd", "nl", LocalDate.of(2025, 10, 20), "kept"));
        store.records.add(question(RecordKind.ANSWERED, "adhd", "nl", LocalDate.of(2026, 11, 16), "new"));

        job.run();

        assertThat(store.records).extracting(InsightRecord::askerHash).containsExactly("kept", "new");

        clock.set(Instant.parse("2026-12-01T02:00:00Z"));
        job.run();

        assertThat(store.records).extracting(InsightRecord::askerHash).containsExactly("new");
    }

    @Test
    void deletesTheKeysOfMonthsThatAreOverSoOldHashesCannotBeRecomputed() {
        store.keyFor(YearMonth.of(2026, 10));
        store.keyFor(YearMonth.of(2026, 11));

        job.run();

        assertThat(store.keys).containsOnlyKeys(YearMonth.of(2026, 11));
    }

    @Test
    void aNewMonthGetsAFreshKeyEvenIfTheOldOneWasStillInMemory() {
        var key = new nl.wegwijs.conversation.ConversationKey(nl.wegwijs.conversation.Channel.WEB, "w1");
        String november = hasher.hash(key).hash();
        clock.set(Instant.parse("2026-12-01T02:00:00Z"));
        job.run();

        assertThat(store.keys).isEmpty();
        assertThat(hasher.hash(key).hash()).isNotEqualTo(november);
        assertThat(store.keys).containsOnlyKeys(YearMonth.of(2026, 12));
    }

    @Test
    void retentionIsConfigurable() {
        var props = InsightsProperties.defaults();
        var shorter = new InsightsProperties(props.k(), java.time.Period.ofMonths(1), props.retentionCron(),
                props.executorThreads(), props.queueCapacity(), props.zone(), props.maxUnanswered(),
                props.askerKeySecret(), props.askerKeyFile());
        store.records.add(question(RecordKind.ANSWERED, "adhd", "nl", LocalDate.of(2026, 10, 5), "old"));
        store.records.add(question(RecordKind.ANSWERED, "adhd", "nl", LocalDate.of(2026, 11, 2), "kept"));

        new RetentionJob(store, store, hasher, shorter, clock).run();

        assertThat(store.records).extracting(InsightRecord::askerHash).containsExactly("kept");
    }
}
