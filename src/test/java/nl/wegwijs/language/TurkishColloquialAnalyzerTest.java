package nl.wegwijs.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class TurkishColloquialAnalyzerTest {

    private static List<String> tokens(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (var analyzer = new TurkishColloquialAnalyzer(); TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void withoutTurkishLettersMeetsTheWrittenWord() throws IOException {
        assertThat(tokens("cocugum")).containsAnyElementsOf(tokens("çocuğum"));
        assertThat(tokens("kizim uzgun")).containsAll(tokens("kızım üzgün").stream().filter(t -> t.chars().allMatch(c -> c < 128)).toList());
        List<String> written = tokens("okulu asıyor");
        assertThat(tokens("okulu asiyor")).isNotEmpty().allMatch(written::contains);
    }

    @Test
    void spokenEndingsGetTheirWrittenForm() throws IOException {
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
    void spokenWordsAndFillersMeetTheContent() throws IOException {
        assertThat(tokens("veledim")).isEqualTo(tokens("çocuk"));
        assertThat(tokens("abi ya napcaz nasil")).isEmpty();
        assertThat(tokens("okul")).isNotEmpty();
    }

    @Test
    void aDutchWordKeepsItsMeaningUnderATurkishEnding() throws IOException {
        assertThat(tokens("huisartsa")).containsAll(tokens("huisarts"));
        assertThat(tokens("wachtlijstte")).containsAll(tokens("wachtlijst"));
        assertThat(TurkishColloquialAnalyzer.withoutCaseEnding("okulda")).isEqualTo("okulda");
    }
}
