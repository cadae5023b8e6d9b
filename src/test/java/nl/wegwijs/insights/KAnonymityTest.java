package nl.wegwijs.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KAnonymityTest {

    final KAnonymity rule = new KAnonymity(5);

    static List<AskerRow> askers(String group, String month, int n) {
        return askers(List.of(group), month, n, "a");
    }

    static List<AskerRow> askers(List<String> key, String month, int n, String prefix) {
        List<AskerRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new AskerRow(key, month, prefix + i, 2, 0, 0));
        }
        return rows;
    }

    @Test
    void showsAGroupOfExactlyKAskers() {
        assertThat(rule.apply(askers("adhd", "2026-11", 5), KAnonymity.HIDE))
                .singleElement().satisfies(c -> {
                    assertThat(c.label()).isEqualTo("adhd");
                    assertThat(c.askers()).isEqualTo(5);
                    assertThat(c.records()).isEqualTo(10);
                });
    }

    @Test
    void hidesAGroupOfFourAskersHoweverManyQuestionsTheyAsked() {
        List<AskerRow> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            rows.add(new AskerRow(List.of("pesten"), "2026-11", "a" + i, 50, 0, 0));
        }

        assertThat(rule.apply(rows, KAnonymity.HIDE)).isEmpty();
        assertThat(rule.apply(rows, 0)).as("nothing to pool it with").isEmpty();
        assertThat(rule.total(rows)).isNull();
    }

    @Test
    void poolsSmallGroupsIntoOtherWhenTogetherTheyReachK() {
        List<AskerRow> rows = new ArrayList<>(askers("adhd", "2026-11", 6));
        rows.addAll(askers(List.of("pesten"), "2026-11", 3, "p"));
        rows.addAll(askers(List.of("tolk"), "2026-11", 3, "t"));

        assertThat(rule.apply(rows, 0)).extracting(Count::label, Count::askers)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("adhd", 6),
                        org.assertj.core.groups.Tuple.tuple(KAnonymity.OTHER, 6));
    }

    @Test
    void aSmallOtherTakesTheSmallestShownGroupSoNothingCanBeSubtracted() {
        List<AskerRow> rows = new ArrayList<>(askers("adhd", "2026-11", 9));
        rows.addAll(askers(List.of("tolk"), "2026-11", 5, "t"));
        rows.addAll(askers(List.of("pesten"), "2026-11", 2, "p"));

        List<Count> shown = rule.apply(rows, 0);

        assertThat(shown).extracting(Count::label).containsExactly("adhd", KAnonymity.OTHER);
        assertThat(shown.get(1).askers()).isEqualTo(7);
        assertThat(shown.stream().mapToLong(Count::records).sum()).as("the table adds up to the whole").isEqualTo(32);
    }

    @Test
    void poolsPerValueOfTheOtherDimensions() {
        List<AskerRow> rows = new ArrayList<>(askers(List.of("adhd", "2026-W46"), "2026-11", 5, "a"));
        rows.addAll(askers(List.of("tolk", "2026-W46"), "2026-11", 2, "t"));
        rows.addAll(askers(List.of("pesten", "2026-W46"), "2026-11", 3, "p"));
        rows.addAll(askers(List.of("tolk", "2026-W47"), "2026-11", 4, "t"));

        List<Count> shown = rule.apply(rows, 0);

        assertThat(shown).extracting(Count::key).containsExactlyInAnyOrder(
                List.of("adhd", "2026-W46"), List.of(KAnonymity.OTHER, "2026-W46"));
    }

    @Test
    void countsAskersWithinAMonthBecauseHashesOfDifferentMonthsCannotBeLinked() {
        // the same three people in October and November have six different hashes
        List<AskerRow> rows = new ArrayList<>(askers(List.of("adhd"), "2026-10", 3, "oct"));
        rows.addAll(askers(List.of("adhd"), "2026-11", 3, "nov"));

        assertThat(rule.apply(rows, KAnonymity.HIDE)).as("3 + 3 across months is not 6 people").isEmpty();

        rows.addAll(askers(List.of("adhd"), "2026-11", 2, "nov-more"));
        assertThat(rule.apply(rows, KAnonymity.HIDE)).singleElement()
                .satisfies(c -> assertThat(c.askers()).isEqualTo(5));
    }

    @Test
    void oneAskerAskingOftenIsStillOneAsker() {
        List<AskerRow> rows = new ArrayList<>(askers("adhd", "2026-11", 4));
        rows.add(new AskerRow(List.of("adhd"), "2026-11", "a0", 100, 0, 0));

        assertThat(rule.apply(rows, KAnonymity.HIDE)).isEmpty();
    }

    @Test
    void meanTimeToClaimComesFromTheShownGroupOnly() {
        List<AskerRow> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rows.add(new AskerRow(List.of("CLAIMED"), "2026-11", "a" + i, 1, 60L * (i + 1), 1));
        }

        assertThat(rule.apply(rows, KAnonymity.HIDE).get(0).meanTimeToClaim()).hasSeconds(180);
    }
}
