package nl.wegwijs.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormaliserTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Kocam beni DÖVÜYOR        | kocam beni dovuyor
            mąż mnie bije             | maz mnie bije
            Łukasz                    | lukasz
            İntihar                   | intihar
            slaaaaat                  | slaat
            чоловік мене б'є          | чоловик мене бє
            муж меня бьёт             | муж меня бет
            أريد أن أموت              | اريد ان اموت
            زَوْجِي يَضْرِبُنِي        | زوجي يضربني
            ابنتي الصغيرة              | ابنتي الصغيره
            вiн зламав менi руку      | він зламав мені руку
            пiд ковдру вночi          | під ковдру вночі
            """)
    void foldsSpellingVariantsTogether(String a, String b) {
        assertThat(TextNormaliser.text(a)).isEqualTo(TextNormaliser.text(b));
    }

    @Test
    void keepsTheLatinIOfLatinWords() {
        assertThat(TextNormaliser.text("ik bid mijn kind")).isEqualTo(" ik bid mijn kind ");
    }

    @Test
    void keepsDigitsAndMakesArabicDigitsAscii() {
        assertThat(TextNormaliser.text("عمري ١٣")).isEqualTo(" عمري 13 ");
        assertThat(TextNormaliser.text("bel 112")).isEqualTo(" bel 112 ");
    }

    @Test
    void marksSentenceEndsAndDropsApostrophes() {
        assertThat(TextNormaliser.text("Hij slaat. M'n kind!!")).isEqualTo(" hij slat # mn kind # ");
    }

    @Test
    void keepsArabizyDigitsInsideWords() {
        assertThat(TextNormaliser.text("jouzi 3am yhaddedni")).isEqualTo(" jouzi 3am yhadedni ");
    }
}
