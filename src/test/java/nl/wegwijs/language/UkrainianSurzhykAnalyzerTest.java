package nl.wegwijs.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class UkrainianSurzhykAnalyzerTest {

    private static List<String> tokens(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (var analyzer = new UkrainianSurzhykAnalyzer(); TokenStream ts = analyzer.tokenStream("f", text)) {
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
    void surzhykMeetsTheUkrainianDictionaryForm() throws IOException {
        assertThat(tokens("врачу")).containsAnyElementsOf(tokens("лікаря"));
        assertThat(tokens("постоянно")).containsAnyElementsOf(tokens("постійно"));
        assertThat(tokens("мужем")).containsAnyElementsOf(tokens("чоловіком"));
        assertThat(tokens("12 лєт")).containsAnyElementsOf(tokens("12 років"));
    }

    @Test
    void surzhykFunctionWordsAreDropped() throws IOException {
        assertThat(tokens("шо ето")).isEmpty();
        assertThat(tokens("дочка плаче")).isNotEmpty();
    }
}
