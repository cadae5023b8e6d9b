package nl.wegwijs.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TurkishColloquialAnalyzerTest {

    private static List<String> tokens(String text) {
        return AnalyzerTokens.of(TurkishColloquialAnalyzer::new, text);
    }

    @Test
    void withoutTurkishLettersMeetsTheWrittenWord() {
        assertThat(tokens("cocugum")).containsAnyElementsOf(tokens("çocuğum"));
        assertThat(tokens("kizim uzgun")).containsAll(tokens("kızım üzgün").stream().filter(t -> t.chars().allMatch(c -> c < 128)).toList());
        List<String> written = tokens("okulu asıyor");
        assertThat(tokens("okulu asiyor")).isNotEmpty().allMatch(written::contains);
    }

    @Test
    void aSoftenedKTypedAsGStillMeetsTheBareWord() {
        // "cocugum" alone stems to "cocugu"; read with ğ it is "çocuğum", whose stem is the bare word.
        assertThat(tokens("cocugum")).contains("cocuk");
        assertThat(TurkishColloquialAnalyzer.softened("degil")).isEqualTo("değil");
        assertThat(TurkishColloquialAnalyzer.softened("değil")).isEqualTo("değil");
        assertThat(TurkishColloquialAnalyzer.softened("uitgegeven")).isEqualTo("uitgegeven");
        assertThat(TurkishColloquialAnalyzer.softened("gitmek")).isEqualTo("gitmek");
    }

    @Test
    void spokenEndingsGetTheirWrittenForm() {
        assertThat(tokens("yapmıyo")).isEqualTo(tokens("yapmıyor"));
        assertThat(tokens("bilmiyom")).isEqualTo(tokens("bilmiyorum"));
        assertThat(tokens("anlamiyolar")).isEqualTo(tokens("anlamiyorlar"));
        assertThat(tokens("kalcam")).isEqualTo(tokens("kalacağım"));
        assertThat(tokens("gelcez")).isEqualTo(tokens("geleceğiz"));
        // not every word ending in "-cam" or "-yo" is spoken speech
        assertThat(tokens("radyo")).isEqualTo(List.of("radyo"));
        assertThat(tokens("kucak")).isEqualTo(List.of("kucak"));
    }

    @Test
    void spokenWordsAndFillersMeetTheContent() {
        assertThat(tokens("veledim")).isEqualTo(tokens("çocuk"));
        assertThat(tokens("abi ya napcaz nasil")).isEmpty();
        assertThat(tokens("okul")).isNotEmpty();
    }

    @Test
    void aDutchWordKeepsItsMeaningUnderATurkishEnding() {
        assertThat(tokens("huisartsa")).containsAll(tokens("huisarts"));
        assertThat(tokens("wachtlijstte")).containsAll(tokens("wachtlijst"));
        assertThat(TurkishColloquialAnalyzer.withoutCaseEnding("okulda")).isEqualTo("okulda");
    }
}
