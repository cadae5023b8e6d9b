package nl.wegwijs.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class ArabicDialectAnalyzerTest {

    private static List<String> tokens(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (var analyzer = new ArabicDialectAnalyzer(); TokenStream ts = analyzer.tokenStream("f", text)) {
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
    void dialectWordsMeetTheStandardWord() throws IOException {
        assertThat(tokens("بدي")).isEqualTo(tokens("اريد"));
        assertThat(tokens("بغيت")).isEqualTo(tokens("أريد"));
        assertThat(tokens("عايزة")).isEqualTo(tokens("اريد"));
        assertThat(tokens("الولاد")).isEqualTo(tokens("الأولاد"));
        assertThat(tokens("وين")).isEqualTo(tokens("أين"));
    }

    @Test
    void normalisesSpellingAndDropsDialectFunctionWords() throws IOException {
        assertThat(tokens("مدرسة")).isEqualTo(tokens("مدرسه"));
        assertThat(tokens("إبني")).isEqualTo(tokens("ابني"));
        assertThat(tokens("شو هاد")).isEmpty();
        assertThat(tokens("واش هادشي عادي")).hasSize(1);
    }

    @Test
    void spokenVerbPrefixesMeetTheStandardVerb() throws IOException {
        assertThat(tokens("بينام")).containsAll(tokens("ينام"));
        assertThat(tokens("مابتنام")).containsAnyElementsOf(tokens("تنام")).contains(tokens("ينام").get(0));
        assertThat(tokens("كتقول")).containsAnyElementsOf(tokens("تقول"));
        assertThat(tokens("وبيسمع")).containsAll(tokens("يسمع"));
        assertThat(tokens("عالمدرسة")).containsAll(tokens("المدرسة"));
        assertThat(tokens("هالسنة")).containsAll(tokens("السنة"));
    }

    @Test
    void shortWordsThatBeginWithThoseLettersStayWhole() throws IOException {
        assertThat(tokens("بيت")).isEqualTo(tokens("البيت"));
        assertThat(tokens("كتاب")).hasSize(1);
        assertThat(ArabicSpokenPrefixes.withoutPrefix("بنت")).isEqualTo("بنت");
        assertThat(ArabicSpokenPrefixes.withoutPrefix("باب")).isEqualTo("باب");
    }
}
