package nl.wegwijs.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The training part of the realistic set, which the rules are tuned on: figures per language, and
 * every line that comes out wrong with its text, so a rule writer sees what to fix.
 */
class RealisticTrainSetTest {

    /** Floors just under the measured figures: acute recall, possible-or-higher recall, false alarms (max), reply language. */
    private static final Map<String, double[]> FLOOR = Map.of(
            "all", new double[] {0.96, 0.94, 0.02, 0.99},
            "nl", new double[] {0.9, 0.94, 0.04, 0.96},
            "en", new double[] {0.91, 0.88, 0.05, 0.97},
            "ar", new double[] {0.95, 0.96, 0.07, 0.97},
            "tr", new double[] {0.93, 0.92, 0.08, 0.96},
            "pl", new double[] {0.93, 0.92, 0.04, 0.97},
            "uk", new double[] {0.96, 0.94, 0.04, 0.96});

    private static RealisticFigures figures;

    @BeforeAll
    static void measure() {
        figures = RealisticFigures.of(RealisticSets.train());
        figures.printAggregates("train");
        figures.misses.forEach(m -> System.out.println("  " + m.what() + ": " + m.message().id() + " [" + m.message().lang()
                + "/" + m.message().variety() + "] " + m.message().text()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"all", "nl", "en", "ar", "tr", "pl", "uk"})
    void acuteDangerGetsTheEmergencyReply(String lang) {
        assertThat(figures.get(lang).acuteRecall()).as("train acute recall, " + lang).isGreaterThanOrEqualTo(FLOOR.get(lang)[0]);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"all", "nl", "en", "ar", "tr", "pl", "uk"})
    void worryingMessagesGetAtLeastTheSafetyLine(String lang) {
        assertThat(figures.get(lang).worryingRecall()).as("train possible-or-higher recall, " + lang)
                .isGreaterThanOrEqualTo(FLOOR.get(lang)[1]);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"all", "nl", "en", "ar", "tr", "pl", "uk"})
    void lookAlikesRaiseNoAlarm(String lang) {
        assertThat(figures.get(lang).falseAlarms()).as("train false alarms on look-alikes, " + lang)
                .isLessThanOrEqualTo(FLOOR.get(lang)[2]);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"all", "nl", "en", "ar", "tr", "pl", "uk"})
    void theEmergencyReplyIsInTheWritersLanguage(String lang) {
        assertThat(figures.get(lang).replyLanguage()).as("train emergency replies in the writer's language, " + lang)
                .isGreaterThanOrEqualTo(FLOOR.get(lang)[3]);
    }
}
