package nl.wegwijs.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import nl.wegwijs.conversation.Channel;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.conversation.Outcome;
import nl.wegwijs.conversation.OutcomeKind;
import nl.wegwijs.conversation.TurnCompleted;
import nl.wegwijs.conversation.UserForgotten;
import nl.wegwijs.handoff.HandoffEvent;
import nl.wegwijs.language.Language;
import nl.wegwijs.privacy.PersonalDataScrubber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InsightRecorderTest {

    final InMemoryInsightStore store = new InMemoryInsightStore();
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-18T10:00:00Z"));
    final InsightExecutor executor = new InsightExecutor(1, 10);
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final AskerHasher hasher = new AskerHasher(store, clock, InsightsProperties.defaults().zone());
    final InsightRecorder recorder = new InsightRecorder(store, hasher, new PersonalDataScrubber(), executor,
            InsightsProperties.defaults(), "amsterdam", clock, meters);
    final ConversationKey parent = new ConversationKey(Channel.TELEGRAM, "424242");

    @AfterEach
    void stop() {
        executor.close();
    }

    TurnCompleted turn(OutcomeKind kind, String topic, String text) {
        return new TurnCompleted(parent, Language.AR, Outcome.of(kind, topic), text, "org_alamal", clock.instant());
    }

    void settle() throws InterruptedException {
        assertThat(executor.drain(5000)).isTrue();
    }

    @Test
    void recordsAnAnsweredQuestionScrubbedWithWeekRegionChannelAndReferral() throws Exception {
        recorder.on(turn(OutcomeKind.ANSWERED, "adhd", "Mijn zoon Mohammed is heel druk, bel me op 0612345678"));
        settle();

        assertThat(store.records).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RecordKind.ANSWERED);
            assertThat(r.topic()).isEqualTo("adhd");
            assertThat(r.language()).isEqualTo("ar");
            assertThat(r.isoWeek()).isEqualTo("2026-W47");
            assertThat(r.weekStart()).isEqualTo(LocalDate.of(2026, 11, 16));
            assertThat(r.channel()).isEqualTo("TELEGRAM");
            assertThat(r.region()).isEqualTo("amsterdam");
            assertThat(r.referral()).isEqualTo("org_alamal");
            assertThat(r.question()).doesNotContain("0612345678").contains("[TELEFOON]");
            assertThat(r.askerMonth()).isEqualTo("2026-11");
            assertThat(r.askerHash()).doesNotContain("424242").hasSize(32);
        });
    }

    /** Issue 15: only askers with an issued identity and a real question count for k. */
    @Test
    void recordsWhichAskersCount() throws Exception {
        var webInvented = new ConversationKey(Channel.WEB, "invented-1");
        var webIssued = new ConversationKey(Channel.WEB, "w-issued-by-the-server");
        recorder.on(turn(OutcomeKind.UNANSWERED, "unanswered", "waar vind ik zwemles"));
        recorder.on(new TurnCompleted(webInvented, Language.NL, Outcome.of(OutcomeKind.UNANSWERED, "unanswered"),
                "waar vind ik zwemles", null, clock.instant()));
        recorder.on(new nl.wegwijs.conversation.IdentityIssued(webIssued, clock.instant()));
        recorder.on(new TurnCompleted(webIssued, Language.NL, Outcome.of(OutcomeKind.UNANSWERED, "unanswered"),
                "hoi", null, clock.instant()));
        settle();

        assertThat(store.records).hasSize(3);
        assertThat(store.records.stream().filter(store::counts)).as("only the Telegram parent's real question")
                .singleElement().satisfies(r -> assertThat(r.channel()).isEqualTo("TELEGRAM"));

        recorder.on(new TurnCompleted(webIssued, Language.NL, Outcome.of(OutcomeKind.UNANSWERED, "unanswered"),
                "en voor een kind van zes?", null, clock.instant()));
        settle();
        assertThat(store.records.stream().filter(store::counts)).as("the issued web asker's real question counts")
                .hasSize(3);
    }

    @Test
    void aRealTurnIsMoreThanAPing() {
        for (String ping : new String[] {null, "", ".", "hi", "test test", "?? ok", "1234 5678"}) {
            assertThat(InsightRecorder.realTurn(OutcomeKind.UNANSWERED, ping)).as(String.valueOf(ping)).isFalse();
        }
        for (String real : new String[] {"wat is OTS", "zwemles kind", "ما هو OTS", "ne zaman"}) {
            assertThat(InsightRecorder.realTurn(OutcomeKind.UNANSWERED, real)).as(real).isTrue();
        }
        assertThat(InsightRecorder.realTurn(OutcomeKind.CRISIS, null)).isTrue();
    }

    @Test
    void writesOnItsOwnThreadNotTheCallers() throws Exception {
        recorder.on(turn(OutcomeKind.UNANSWERED, "unanswered", "parkeervergunning"));
        settle();

        assertThat(store.threads).singleElement().asString().startsWith("insights-")
                .isNotEqualTo(Thread.currentThread().getName());
    }

    @Test
    void aFailingStoreNeverReachesTheCaller() throws Exception {
        store.failing = true;

        assertThatCode(() -> recorder.on(turn(OutcomeKind.ANSWERED, "adhd", "druk kind"))).doesNotThrowAnyException();
        settle();

        assertThat(store.records).isEmpty();
        assertThat(meters.counter("wegwijs.insights.records", "result", "failed").count()).isEqualTo(1);
    }

    @Test
    void aFullQueueDropsRecordsInsteadOfBlockingTheReply() throws Exception {
        var tiny = new InsightExecutor(1, 1);
        var blocking = new java.util.concurrent.CountDownLatch(1);
        tiny.offer(() -> {
            try {
                blocking.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        var slow = new InsightRecorder(store, hasher, new PersonalDataScrubber(), tiny, InsightsProperties.defaults(),
                "", clock, meters);
        for (int i = 0; i < 5; i++) {
            slow.on(turn(OutcomeKind.ANSWERED, "adhd", "druk kind"));
        }
        blocking.countDown();
        tiny.drain(5000);
        tiny.close();

        assertThat(meters.counter("wegwijs.insights.records", "result", "dropped").count()).isGreaterThanOrEqualTo(3);
        assertThat(store.records).allSatisfy(r -> assertThat(r.region()).isEqualTo(Regions.NATIONAL));
    }

    @Test
    void crisisTurnsAreCountedWithoutText() throws Exception {
        recorder.on(new TurnCompleted(parent, Language.NL, Outcome.of(OutcomeKind.CRISIS, "DOMESTIC_VIOLENCE"),
                "hij slaat mij", null, clock.instant()));
        settle();

        assertThat(store.records).singleElement().satisfies(r -> {
            assertThat(r.topic()).isEqualTo("DOMESTIC_VIOLENCE");
            assertThat(r.question()).isNull();
        });
    }

    @Test
    void lettersAndRelayedHandoffMessagesKeepNoText() throws Exception {
        recorder.on(turn(OutcomeKind.LETTER, "letter", "Geachte mevrouw Jansen, BSN 111222333"));
        recorder.on(turn(OutcomeKind.HANDOFF, "relay", "bericht aan de sleutelpersoon"));
        recorder.on(turn(OutcomeKind.COMMAND, "start", "/start"));
        settle();

        assertThat(store.records).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RecordKind.LETTER);
            assertThat(r.question()).isNull();
        });
    }

    @Test
    void recordsHandoffEventsWithoutText() throws Exception {
        recorder.on(new HandoffEvent(HandoffEvent.Kind.CLAIMED, parent, Language.TR, "Stichting Köprü", "org_x", null,
                Duration.ofMinutes(7), clock.instant()));
        settle();

        assertThat(store.records).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RecordKind.HANDOFF);
            assertThat(r.topic()).isEqualTo("CLAIMED");
            assertThat(r.organisation()).isEqualTo("Stichting Köprü");
            assertThat(r.timeToClaimSeconds()).isEqualTo(420);
            assertThat(r.question()).isNull();
        });
    }

    @Test
    void theSameUserHasOneHashWithinAMonthAndAnUnlinkableOneTheNext() throws Exception {
        recorder.on(turn(OutcomeKind.ANSWERED, "adhd", "druk"));
        recorder.on(turn(OutcomeKind.ANSWERED, "pesten", "pesten"));
        settle();
        clock.set(Instant.parse("2026-12-02T10:00:00Z"));
        recorder.on(turn(OutcomeKind.ANSWERED, "adhd", "druk"));
        settle();

        assertThat(store.records.get(0).askerHash()).isEqualTo(store.records.get(1).askerHash());
        assertThat(store.records.get(2).askerHash()).isNotEqualTo(store.records.get(0).askerHash());
        assertThat(store.records.get(2).askerMonth()).isEqualTo("2026-12");
    }

    @Test
    void forgettingAUserErasesThisMonthsRecords() throws Exception {
        recorder.on(turn(OutcomeKind.ANSWERED, "adhd", "druk"));
        recorder.on(new TurnCompleted(new ConversationKey(Channel.WEB, "other"), Language.NL,
                Outcome.of(OutcomeKind.ANSWERED, "adhd"), "druk", null, clock.instant()));
        settle();

        recorder.on(new UserForgotten(parent));
        settle();

        assertThat(store.records).singleElement().satisfies(r -> assertThat(r.channel()).isEqualTo("WEB"));
    }
}
