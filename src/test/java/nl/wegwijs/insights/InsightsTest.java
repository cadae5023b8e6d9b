package nl.wegwijs.insights;

import static nl.wegwijs.insights.Records.handoff;
import static nl.wegwijs.insights.Records.question;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InsightsTest {

    final InMemoryInsightStore store = new InMemoryInsightStore();
    final Insights insights = new Insights(store, InsightsProperties.defaults());
    final LocalDate monday = LocalDate.of(2026, 11, 2);
    final InsightFilter november = new InsightFilter(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), null, null);

    void ask(RecordKind kind, String topic, String language, LocalDate day, String prefix, int askers) {
        for (int i = 0; i < askers; i++) {
            store.counted(question(kind, topic, language, day, prefix + i));
        }
    }

    @Test
    void aTopicOfFourAskersNeverAppearsAndFiveDoes() {
        ask(RecordKind.ANSWERED, "adhd", "nl", monday, "a", 5);
        ask(RecordKind.ANSWERED, "pesten", "nl", monday, "p", 4);
        ask(RecordKind.ANSWERED, "tolk", "nl", monday, "t", 1);

        var trends = insights.topics(november);

        assertThat(trends.rows()).extracting(Insights.TopicRow::topic).containsExactly("adhd", Insights.OTHER);
        assertThat(trends.rows().get(0).perWeek()).containsOnlyKeys("2026-W45");
        assertThat(trends.byLanguage()).extracting(c -> c.part(0)).doesNotContain("pesten", "tolk");
    }

    @Test
    void weeksTooSmallToShowAlonePoolIntoTheTopicsOtherWeeks() {
        ask(RecordKind.ANSWERED, "adhd", "nl", monday, "a", 6);
        ask(RecordKind.ANSWERED, "adhd", "nl", monday.plusWeeks(1), "b", 2);
        ask(RecordKind.ANSWERED, "adhd", "nl", monday.plusWeeks(2), "c", 2);

        var row = insights.topics(november).rows().get(0);

        assertThat(row.total().records()).isEqualTo(10);
        assertThat(row.perWeek()).as("a rest of 4 would be readable as total minus W45, so W45 joins it")
                .containsOnlyKeys(Insights.OTHER);
        assertThat(row.perWeek().get(Insights.OTHER).records()).isEqualTo(10);

        ask(RecordKind.ANSWERED, "adhd", "nl", monday.plusWeeks(2), "d", 1);
        row = insights.topics(november).rows().get(0);
        assertThat(row.perWeek()).containsOnlyKeys("2026-W45", Insights.OTHER);
    }

    @Test
    void trendComparesTheLaterHalfOfThePeriodWithTheEarlier() {
        ask(RecordKind.ANSWERED, "adhd", "nl", monday, "a", 5);
        ask(RecordKind.ANSWERED, "adhd", "nl", monday.plusWeeks(3), "b", 12);
        ask(RecordKind.ANSWERED, "tolk", "ar", monday, "c", 10);
        ask(RecordKind.ANSWERED, "tolk", "ar", monday.plusWeeks(3), "d", 5);

        var rows = insights.topics(new InsightFilter(monday, monday.plusWeeks(3).plusDays(6), null, null)).rows();

        assertThat(rows).filteredOn(r -> r.topic().equals("adhd")).singleElement()
                .extracting(Insights.TopicRow::trend).isEqualTo(Insights.Trend.RISING);
        assertThat(rows).filteredOn(r -> r.topic().equals("tolk")).singleElement()
                .extracting(Insights.TopicRow::trend).isEqualTo(Insights.Trend.FALLING);
    }

    @Test
    void noTrendWhenOneHalfIsTooSmallToShow() {
        ask(RecordKind.ANSWERED, "adhd", "nl", monday, "a", 2);
        ask(RecordKind.ANSWERED, "adhd", "nl", monday.plusWeeks(3), "b", 12);

        var rows = insights.topics(new InsightFilter(monday, monday.plusWeeks(3).plusDays(6), null, null)).rows();

        assertThat(rows.get(0).trend()).isEqualTo(Insights.Trend.UNKNOWN);
    }

    @Test
    void filtersByLanguageAndRegion() {
        ask(RecordKind.ANSWERED, "adhd", "nl", monday, "a", 5);
        ask(RecordKind.ANSWERED, "adhd", "ar", monday, "b", 5);

        assertThat(insights.topics(new InsightFilter(monday, monday, "ar", null)).rows().get(0).total().askers())
                .isEqualTo(5);
        assertThat(insights.topics(new InsightFilter(monday, monday, null, "utrecht")).rows()).isEmpty();
        assertThat(insights.topics(november).byLanguage()).extracting(Count::key)
                .containsExactlyInAnyOrder(java.util.List.of("adhd", "nl"), java.util.List.of("adhd", "ar"));
    }

    @Test
    void crisisShowsKindsWithEnoughAskersAndPoolsTheRest() {
        ask(RecordKind.CRISIS, "DOMESTIC_VIOLENCE", "nl", monday, "d", 5);
        ask(RecordKind.CRISIS, "SUICIDE", "nl", monday, "s", 3);
        ask(RecordKind.CRISIS, "ACUTE_DANGER", "nl", monday, "x", 1);

        assertThat(insights.crisis(november)).as("4 in the rest: the smallest shown kind must cover them")
                .extracting(Count::label).containsExactly(Insights.OTHER);
        ask(RecordKind.CRISIS, "ACUTE_DANGER", "nl", monday, "y", 1);
        assertThat(insights.crisis(november)).extracting(Count::label)
                .containsExactly("DOMESTIC_VIOLENCE", Insights.OTHER);
    }

    @Test
    void jargonShowsTheTermWithoutItsPrefix() {
        ask(RecordKind.JARGON, "term:ots", "tr", monday, "o", 7);

        assertThat(insights.jargon(november)).extracting(Count::label).containsExactly("ots");
    }

    @Test
    void handoffCellsEachNeedKParentsAndTimeToClaimComesFromAShownCell() {
        for (int i = 0; i < 6; i++) {
            store.counted(handoff("REQUESTED", "ar", null, null, null, monday, "p" + i));
            store.counted(handoff("CLAIMED", "ar", "Stichting Al Amal", null, 600L, monday, "p" + i));
        }
        for (int i = 0; i < 4; i++) {
            store.counted(handoff("CLOSED", "ar", "Stichting Al Amal", "HELPED", null, monday, "p" + i));
        }
        store.counted(handoff("CLOSED", "ar", "Stichting Al Amal", "NO_RESPONSE", null, monday, "p5"));

        var byLanguage = insights.handoffsByLanguage(november);
        var byOrganisation = insights.handoffsByOrganisation(november);

        assertThat(byLanguage.rows()).singleElement().satisfies(r -> {
            assertThat(r.label()).isEqualTo("ar");
            assertThat(r.cells()).containsOnlyKeys("REQUESTED", "CLAIMED", "CLOSED");
            assertThat(r.meanTimeToClaim()).hasMinutes(10);
        });
        assertThat(byOrganisation.rows()).singleElement().satisfies(r -> {
            assertThat(r.label()).isEqualTo("Stichting Al Amal");
            assertThat(r.cells()).as("4 helped and 1 without response are too few").containsOnlyKeys("CLAIMED");
        });
    }

    @Test
    void unansweredQuestionsAreGroupedAndSmallGroupsHidden() {
        String[] parking = {"parkeervergunning aanvragen voor mijn auto", "parkeervergunning kwijt wat nu",
            "hoe vraag ik een parkeervergunning aan", "parkeervergunning kosten", "parkeervergunning verlengen"};
        for (int i = 0; i < parking.length; i++) {
            store.counted(question(RecordKind.UNANSWERED, "unanswered", "nl", monday, "p" + i, parking[i]));
        }
        String[] singles = {"zwemles voor mijn dochter", "afvalcontainer kapot", "belasting terug", "rijbewijs omwisselen",
            "huurtoeslag stopt"};
        for (int i = 0; i < singles.length; i++) {
            store.counted(question(RecordKind.UNANSWERED, "unanswered", "nl", monday, "s" + i, singles[i]));
        }

        var gaps = insights.unanswered(november);

        assertThat(gaps).hasSize(2);
        assertThat(gaps.get(0)).satisfies(g -> {
            assertThat(g.words()).contains("parkeervergunning");
            assertThat(g.askers()).isEqualTo(5);
            assertThat(g.examples()).hasSizeLessThanOrEqualTo(3).allMatch(e -> e.contains("parkeervergunning"));
        });
        assertThat(gaps.get(1)).as("single questions only as a count").satisfies(g -> {
            assertThat(g.words()).containsExactly(Insights.OTHER);
            assertThat(g.examples()).isEmpty();
        });
    }

    @Test
    void referralSourcesFollowTheSameRule() {
        for (int i = 0; i < 5; i++) {
            var r = question(RecordKind.ANSWERED, "adhd", "nl", monday, "r" + i);
            store.counted(new InsightRecord(r.kind(), r.topic(), r.language(), r.isoWeek(), r.weekStart(), r.channel(),
                    r.region(), "org_alamal", null, null, null, null, r.askerMonth(), r.askerHash()));
        }
        ask(RecordKind.ANSWERED, "adhd", "nl", monday, "n", 6);

        assertThat(insights.referrals(november)).extracting(Count::label).containsExactlyInAnyOrder("org_alamal", "-");
    }
}
