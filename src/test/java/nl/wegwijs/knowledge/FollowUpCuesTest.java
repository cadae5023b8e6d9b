package nl.wegwijs.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The facet a follow-up asks, in the forms parents type. Written from the languages (not from the
 * realistic sets): one line per language and facet where a form was missing before brief u14a.
 */
class FollowUpCuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en wie helpt me daarbij? kost het iets?|COST",
        "who pays for that?|COST",
        "yani bedava mi|COST",
        "a ile to kosztuje?|COST",
        "a hto platyt za tolka?|COST",
        "وكم يكلف ذلك|COST",
        "wach khass nkhelles flous?|COST",
        "how long does it take|DURATION",
        "ne kadar suruyor bu|DURATION",
        "jak dlugo to trwa zanim dostane|DURATION",
        "а скільки чекати?|DURATION",
        "كم ياخذ وقت حتى يعطوني ياه|DURATION",
        "а хто це вирішує|WHO_DECIDES",
        "kto o tym decyduje?|WHO_DECIDES",
        "chkoun li kay9arrer had chi?|WHO_DECIDES",
        "who else decides that|WHO_DECIDES",
        "nereden kayit olunur|APPLY",
        "ok where do i sign up|APPLY",
        "jak się zapisać?|APPLY",
        "reddedebilir miyim|REFUSE",
        "w ila rfdt chno ghadi ywe9e3?|REFUSE",
        "sonra ne olur|NEXT",
        "co bedzie dalej?|NEXT",
        "شو رح يصير بعدين|NEXT",
    })
    void facetInEveryLanguage(String text, Facet facet) {
        assertThat(FollowUpCues.facet(text)).contains(facet);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"dank je wel", "ok", "merhaba", "my son is 12", "شكرا"})
    void noFacetAndNoQuestion(String text) {
        assertThat(FollowUpCues.facet(text)).isEmpty();
        assertThat(FollowUpCues.asksSomething(text)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"okulla da konusurlar mi", "can I still see her", "а де його замовити?", "kim okuyabiliyor baska"})
    void shortQuestionsAskSomething(String text) {
        assertThat(FollowUpCues.asksSomething(text)).isTrue();
    }
}
