package nl.wegwijs.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class PolishAsTypedAnalyzerTest {

    private static List<String> tokens(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (var analyzer = new PolishAsTypedAnalyzer(); TokenStream ts = analyzer.tokenStream("f", text)) {
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
    void withoutPolishLettersMeetsTheWrittenWord() throws IOException {
        List<String> written = tokens("mogą zabrać dzieci");
        assertThat(tokens("moga zabrac dzieci")).isNotEmpty().allMatch(written::contains);
        assertThat(tokens("się")).isEmpty();
        assertThat(tokens("sie")).isEmpty();
    }

    @Test
    void spokenWordsMeetTheContent() throws IOException {
        assertThat(tokens("bobas")).containsAnyElementsOf(tokens("niemowlę"));
        assertThat(tokens("córeczka")).containsAnyElementsOf(tokens("córka"));
    }
}
