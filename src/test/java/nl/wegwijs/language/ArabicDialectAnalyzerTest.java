package nl.wegwijs.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicDialectAnalyzerTest {

    private static List<String> tokens(String text) {
        return AnalyzerTokens.of(ArabicDialectAnalyzer::new, text);
    }

    @Test
    void dialectWordsMeetTheStandardWord() {
        assertThat(tokens("بدي")).isEqualTo(tokens("اريد"));
        assertThat(tokens("بغيت")).isEqualTo(tokens("أريد"));
        assertThat(tokens("عايزة")).isEqualTo(tokens("اريد"));
        assertThat(tokens("الولاد")).isEqualTo(tokens("الأولاد"));
        assertThat(tokens("وين")).isEqualTo(tokens("أين"));
    }

    @Test
    void normalisesSpellingAndDropsDialectFunctionWords() {
        assertThat(tokens("مدرسة")).isEqualTo(tokens("مدرسه"));
        assertThat(tokens("إبني")).isEqualTo(tokens("ابني"));
        assertThat(tokens("شو هاد")).isEmpty();
        assertThat(tokens("واش هادشي عادي")).hasSize(1);
    }

    @Test
    void spokenVerbPrefixesMeetTheStandardVerb() {
        assertThat(tokens("بينام")).containsAll(tokens("ينام"));
        assertThat(tokens("مابتنام")).containsAnyElementsOf(tokens("تنام")).contains(tokens("ينام").get(0));
        assertThat(tokens("كتقول")).containsAnyElementsOf(tokens("تقول"));
        assertThat(tokens("وبيسمع")).containsAll(tokens("يسمع"));
        assertThat(tokens("عالمدرسة")).containsAll(tokens("المدرسة"));
        assertThat(tokens("هالسنة")).containsAll(tokens("السنة"));
    }

    @Test
    void shortWordsThatBeginWithThoseLettersStayWhole() {
        assertThat(tokens("بيت")).isEqualTo(tokens("البيت"));
        assertThat(tokens("كتاب")).hasSize(1);
        assertThat(ArabicSpokenPrefixes.withoutPrefix("بنت")).isEqualTo("بنت");
        assertThat(ArabicSpokenPrefixes.withoutPrefix("باب")).isEqualTo("باب");
    }

    @Test
    void aDialectWordWithAShortStemIsMatchedOnlyWhole() {
        // "ليه" (why) and "ابي"/"بدو" stem to the letters of "لي" (to me), "اب" (father), "بدون" (without)
        assertThat(tokens("ليه")).isEqualTo(tokens("لماذا"));
        assertThat(tokens("لي")).isNotEqualTo(tokens("لماذا"));
        assertThat(tokens("اب")).doesNotContainAnyElementsOf(tokens("اريد"));
        assertThat(tokens("ابي")).doesNotContainAnyElementsOf(tokens("اريد"));
        assertThat(tokens("بدون")).doesNotContainAnyElementsOf(tokens("اريد"));
        assertThat(tokens("بدو")).isEqualTo(tokens("اريد"));
    }

    @Test
    void theNegationCircumfixAndTheObjectMeAreCut() {
        assertThat(tokens("مابيسمعش")).containsAll(tokens("يسمع"));
        assertThat(tokens("مكيسمعش")).containsAll(tokens("يسمع"));
        assertThat(tokens("ماعرفتش")).containsAll(tokens("عرفت"));
        assertThat(tokens("بيضربني")).containsAll(tokens("يضرب"));
        assertThat(tokens("مكتب")).isEqualTo(tokens("المكتب"));
    }
}
