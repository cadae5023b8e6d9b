package nl.wegwijs.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The held-out part of the realistic set: nobody reads it while writing rules. This test prints only
 * aggregate figures per language, never a message, and asserts just under what was measured (README,
 * "Measured"). When it fails, do not look at the failing lines: a held-out line that is used to fix a
 * rule must move to train.jsonl and be replaced by a fresh one.
 */
class RealisticHeldOutTest {

    /**
     * Floors just under the figures measured on 2026-11-29 (one message's worth below): acute recall,
     * possible-or-higher recall, false alarms (a maximum), reply language. They are far from the issue's
     * targets (acute recall at least 0.95, false alarms at most 0.03): the rules were tuned on the
     * training part and generalise poorly; see README "Measured".
     */
    private static final Map<String, double[]> FLOOR = Map.of(
            "all", new double[] {0.54, 0.44, 0.16, 0.95},
            "nl", new double[] {0.44, 0.4, 0.16, 0.81},
            "en", new double[] {0.38, 0.45, 0.22, 0.88},
            "ar", new double[] {0.65, 0.5, 0.16, 0.94},
            "tr", new double[] {0.53, 0.38, 0.2, 0.9},
            "pl", new double[] {0.58, 0.48, 0.34, 0.87},
            "uk", new double[] {0.35, 0.25, 0.24, 0.9});

    private static RealisticFigures figures;

    @BeforeAll
    static void measure() {
        figures = RealisticFigures.of(RealisticSets.heldOut());
        figures.printAggregates("held-out");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"all", "nl", "en", "ar", "tr", "pl", "uk"})
    void acuteDangerGetsTheEmergencyReply(String lang) {
        assertThat(figures.get(lang).acuteRecall()).as("held-out acute recall, " + lang).isGreaterThanOrEqualTo(FLOOR.get(lang)[0]);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"all", "nl", "en", "ar", "tr", "pl", "uk"})
    void worryingMessagesGetAtLeastTheSafetyLine(String lang) {
        assertThat(figures.get(lang).worryingRecall()).as("held-out possible-or-higher recall, " + lang)
                .isGreaterThanOrEqualTo(FLOOR.get(lang)[1]);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"all", "nl", "en", "ar", "tr", "pl", "uk"})
    void lookAlikesRaiseNoAlarm(String lang) {
        assertThat(figures.get(lang).falseAlarms()).as("held-out false alarms on look-alikes, " + lang)
                .isLessThanOrEqualTo(FLOOR.get(lang)[2]);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"all", "nl", "en", "ar", "tr", "pl", "uk"})
    void theEmergencyReplyIsInTheWritersLanguage(String lang) {
        assertThat(figures.get(lang).replyLanguage()).as("held-out emergency replies in the writer's language, " + lang)
                .isGreaterThanOrEqualTo(FLOOR.get(lang)[3]);
    }
}
