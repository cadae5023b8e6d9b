package nl.wegwijs.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.wegwijs.language.Language;
import nl.wegwijs.language.LanguageFixtures;
import nl.wegwijs.language.LanguageResolver;
import org.junit.jupiter.api.Test;

/**
 * The language of an emergency reply ({@link SafetyCheck#replyLanguage(LanguageResolver, String, Language, SafetyVerdict)}):
 * a home language beside Dutch wins, a danger word of the signal does not pick English for a Dutch message.
 * Texts written for this test, not taken from the realistic sets.
 */
class EmergencyLanguageTest {

    final LanguageResolver languages = LanguageFixtures.resolver();

    static SafetyVerdict.Acute byRules(String... languages) {
        return new SafetyVerdict.Acute(Set.of(CrisisKind.SUICIDE_SELF_HARM), true, List.of(languages));
    }

    static SafetyVerdict.Acute bySignal(String... languages) {
        return new SafetyVerdict.Acute(Set.of(CrisisKind.SUICIDE_SELF_HARM), true, List.of(languages),
                SafetyVerdict.Evidence.SIGNAL_ONLY);
    }

    Language reply(String text, SafetyVerdict verdict) {
        return SafetyCheck.replyLanguage(languages, text, languages.resolve(text, null, false), verdict);
    }

    @Test
    void aTurkishClauseInADutchMessageGetsTheTurkishReply() {
        String text = "ik kan echt niet meer. vannacht spring ik van de brug bij het station. babam duymasin lutfen, ona hicbir sey soylemeyin, "
                + "zeg tegen mijn zus dat ik van haar hou";
        assertThat(languages.homeLanguageBeside(text, SafetyCheck.HOME_WORDS)).contains(Language.TR);
        assertThat(reply(text, byRules("nl"))).isEqualTo(Language.TR);
    }

    @Test
    void aUkrainianClauseInADutchMessageGetsTheUkrainianReply() {
        String text = "mijn oom komt vanavond weer en hij doet dingen die ik niet wil. мама знову на роботі до ранку. ik ben 12";
        assertThat(reply(text, byRules("nl"))).isEqualTo(Language.UK);
    }

    @Test
    void aDutchMessageWithoutAnotherLanguageKeepsDutch() {
        String text = "mijn man slaat me nu en de kinderen zitten boven in de kast verstopt, wat moet ik doen";
        assertThat(reply(text, byRules("nl"))).isEqualTo(Language.NL);
    }

    @Test
    void anEnglishDangerWordThatOnlyTheSignalReadKeepsTheDutchReply() {
        String text = "mijn zoon van 15 zegt dat hij wil sterven en hij zit al uren op het dak van de flat";
        assertThat(reply(text, bySignal("en"))).isEqualTo(Language.NL);
        assertThat(reply(text, byRules("en"))).as("a rule in English alone still decides").isEqualTo(Language.EN);
    }

    @Test
    void darijaInLatinLettersGetsTheArabicReplyFromItsRules() {
        String text = "3afak bba kaydrebni daba w mama mkhbya f lbit, ana 11 3am";
        assertThat(reply(text, byRules("ar"))).isEqualTo(Language.AR);
    }

    @Test
    void aLanguageReadFromItsAlphabetStaysWhenOnlyDutchOrTheSignalMatched() {
        String ukrainian = "він зараз мене б'є, діти плачуть у ванній, допоможіть будь ласка";
        assertThat(reply(ukrainian, byRules("nl"))).isEqualTo(Language.UK);
        String arabizi = "baba msakkar 3alayna el bab mn el sob7 w ma fi akl, ana 3omri 9 snin";
        assertThat(reply(arabizi, bySignal("pl"))).isEqualTo(Language.AR);
    }
}
