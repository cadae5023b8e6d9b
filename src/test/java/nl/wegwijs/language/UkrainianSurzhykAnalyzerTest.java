package nl.wegwijs.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UkrainianSurzhykAnalyzerTest {

    private static List<String> tokens(String text) {
        return AnalyzerTokens.of(UkrainianSurzhykAnalyzer::new, text);
    }

    @Test
    void surzhykMeetsTheUkrainianDictionaryForm() {
        assertThat(tokens("врачу")).containsAnyElementsOf(tokens("лікаря"));
        assertThat(tokens("постоянно")).containsAnyElementsOf(tokens("постійно"));
        assertThat(tokens("мужем")).containsAnyElementsOf(tokens("чоловіком"));
        assertThat(tokens("12 лєт")).containsAnyElementsOf(tokens("12 років"));
    }

    @Test
    void surzhykFunctionWordsAreDropped() {
        assertThat(tokens("шо ето")).isEmpty();
        assertThat(tokens("дочка плаче")).isNotEmpty();
    }

    @Test
    void aRussianWordMeetsItsLineInAnyCaseEnding() {
        // the list has "подросток, подростка, подростки"; "подростком" is known by its Russian stem
        assertThat(tokens("подростком")).containsAnyElementsOf(tokens("підліток"));
        assertThat(tokens("помощи")).containsAnyElementsOf(tokens("допомога"));
        assertThat(tokens("письмом")).containsAnyElementsOf(tokens("лист"));
    }

    @Test
    void diminutivesAndSynonymsMeetTheContentsWord() {
        assertThat(tokens("дочка")).containsAnyElementsOf(tokens("донька"));
        assertThat(tokens("синочок")).containsAnyElementsOf(tokens("син"));
    }
}
