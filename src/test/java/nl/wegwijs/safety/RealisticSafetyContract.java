package nl.wegwijs.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The four figures asked of the crisis check on a part of the realistic set, per language, each
 * against a floor just under what was measured: acute recall, possible-or-higher recall, false
 * alarms on look-alikes (a maximum), emergency replies in the writer's language.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RealisticSafetyContract {

    private RealisticFigures figures;

    /** The part's name, as printed and named in failures. */
    abstract String part();

    abstract RealisticFigures measure();

    /** Per language ("all" too): acute recall, possible-or-higher recall, false alarms (max), reply language. */
    abstract Map<String, double[]> floors();

    @BeforeAll
    void measureOnce() {
        figures = measure();
        figures.printAggregates(part());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"all", "nl", "en", "ar", "tr", "pl", "uk"})
    void acuteDangerGetsTheEmergencyReply(String lang) {
        assertThat(figures.get(lang).acuteRecall()).as(part() + " acute recall, " + lang)
                .isGreaterThanOrEqualTo(floors().get(lang)[0]);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"all", "nl", "en", "ar", "tr", "pl", "uk"})
    void worryingMessagesGetAtLeastTheSafetyLine(String lang) {
        assertThat(figures.get(lang).worryingRecall()).as(part() + " possible-or-higher recall, " + lang)
                .isGreaterThanOrEqualTo(floors().get(lang)[1]);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"all", "nl", "en", "ar", "tr", "pl", "uk"})
    void lookAlikesRaiseNoAlarm(String lang) {
        assertThat(figures.get(lang).falseAlarms()).as(part() + " false alarms on look-alikes, " + lang)
                .isLessThanOrEqualTo(floors().get(lang)[2]);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"all", "nl", "en", "ar", "tr", "pl", "uk"})
    void theEmergencyReplyIsInTheWritersLanguage(String lang) {
        assertThat(figures.get(lang).replyLanguage()).as(part() + " emergency replies in the writer's language, " + lang)
                .isGreaterThanOrEqualTo(floors().get(lang)[3]);
    }
}
