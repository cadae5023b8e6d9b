package nl.wegwijs.insights;

import static nl.wegwijs.insights.Records.handoff;
import static nl.wegwijs.insights.Records.question;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the database adapters must do, run against H2 and against a real PostgreSQL. */
abstract class JdbcInsightStoreContract {

    abstract DataSource dataSource();

    JdbcClient jdbc;
    JdbcInsightStore store;
    JdbcAskerKeys keys;
    final LocalDate monday = LocalDate.of(2026, 11, 16);

    @BeforeEach
    void setUp() {
        jdbc = JdbcClient.create(dataSource());
        store = new JdbcInsightStore(jdbc);
        keys = new JdbcAskerKeys(jdbc);
    }

    Selection all(RecordKind... kinds) {
        return new Selection(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, null, Set.of(kinds), Set.of());
    }

    @Test
    void groupsPerAskerSoTheRuleCanCountDistinctAskers() {
        store.save(question(RecordKind.ANSWERED, "adhd", "nl", monday, "a"));
        store.save(question(RecordKind.ANSWERED, "adhd", "nl", monday, "a"));
        store.save(question(RecordKind.ANSWERED, "adhd", "ar", monday, "b"));
        store.save(question(RecordKind.ANSWERED, "tolk", "ar", monday.plusDays(2), "b"));
        store.save(question(RecordKind.UNANSWERED, "unanswered", "nl", monday, "c", "zwemles [NAAM]"));

        List<AskerRow> rows = store.askers(all(RecordKind.ANSWERED), List.of(Dim.TOPIC, Dim.WEEK));

        assertThat(rows).extracting(AskerRow::key, AskerRow::asker, AskerRow::records).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(List.of("adhd", "2026-W47"), "a", 2L),
                org.assertj.core.groups.Tuple.tuple(List.of("adhd", "2026-W47"), "b", 1L),
                org.assertj.core.groups.Tuple.tuple(List.of("tolk", "2026-W47"), "b", 1L));
        assertThat(store.askers(new Selection(monday, monday, "nl", "amsterdam", Set.of(RecordKind.ANSWERED), Set.of()),
                List.of(Dim.TOPIC))).extracting(AskerRow::key).containsExactly(List.of("adhd"));
    }

    @Test
    void missingValuesGroupAsOneDash() {
        store.save(question(RecordKind.ANSWERED, "adhd", null, monday, "a"));

        assertThat(store.askers(all(RecordKind.ANSWERED), List.of(Dim.LANGUAGE, Dim.REFERRAL)))
                .extracting(AskerRow::key).containsExactly(List.of("-", "-"));
    }

    @Test
    void sumsTimeToClaim() {
        store.save(handoff("CLAIMED", "tr", "Köprü", null, 60L, monday, "a"));
        store.save(handoff("CLAIMED", "tr", "Köprü", null, 120L, monday, "a"));
        store.save(handoff("CLOSED", "tr", "Köprü", "HELPED", null, monday, "a"));

        assertThat(store.askers(all(RecordKind.HANDOFF).topics("CLAIMED"), List.of(Dim.ORGANISATION)))
                .singleElement().satisfies(r -> {
                    assertThat(r.seconds()).isEqualTo(180);
                    assertThat(r.timed()).isEqualTo(2);
                });
    }

    @Test
    void readsQuestionsNewestFirst() {
        store.save(question(RecordKind.UNANSWERED, "unanswered", "nl", monday.minusWeeks(1), "a", "oud"));
        store.save(question(RecordKind.UNANSWERED, "unanswered", "nl", monday, "b", "nieuw"));
        store.save(question(RecordKind.UNANSWERED, "unanswered", "nl", monday, "c", null));

        assertThat(store.questions(all(RecordKind.UNANSWERED), 10)).extracting(InsightStore.StoredQuestion::text)
                .containsExactly("nieuw", "oud");
        assertThat(store.questions(all(RecordKind.UNANSWERED), 1)).hasSize(1);
    }

    @Test
    void deletesByWeekAndByAsker() {
        store.save(question(RecordKind.ANSWERED, "adhd", "nl", monday.minusWeeks(60), "a"));
        store.save(question(RecordKind.ANSWERED, "adhd", "nl", monday, "a"));
        store.save(question(RecordKind.ANSWERED, "adhd", "nl", monday, "b"));

        assertThat(store.deleteWeeksBefore(monday.minusWeeks(56))).isEqualTo(1);
        assertThat(store.deleteAsker("2026-11", "a")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT asker_hash FROM insight_record").query(String.class).list()).containsExactly("b");
    }

    @Test
    void keepsOneKeyPerMonthAndDeletesPastMonths() {
        byte[] november = keys.keyFor(YearMonth.of(2026, 11));

        assertThat(keys.keyFor(YearMonth.of(2026, 11))).isEqualTo(november).hasSize(32);
        assertThat(keys.keyFor(YearMonth.of(2026, 12))).isNotEqualTo(november);
        assertThat(keys.deleteBefore(YearMonth.of(2026, 12))).isEqualTo(1);
        assertThat(keys.keyFor(YearMonth.of(2026, 11))).as("a deleted key is never brought back").isNotEqualTo(november);
    }
}
