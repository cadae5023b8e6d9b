package nl.wegwijs.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BidiTextTest {

    @Test
    void aPhoneNumberInArabicIsIsolatedSoItReadsLeftToRight() {
        assertThat(BidiText.isolate("اتصل على 088-555 1000 أو زر jeugdstem.nl."))
                .isEqualTo("اتصل على \u2066088-555 1000\u2069 أو زر \u2066jeugdstem.nl\u2069.");
    }

    @Test
    void aLineThatStartsWithADutchNameStaysRightToLeft() {
        assertThat(BidiText.isolate("Veilig Thuis (مركز المشورة) يساعد.\nاتصل بـ 112"))
                .isEqualTo("\u200F\u2066Veilig Thuis\u2069 (مركز المشورة) يساعد.\nاتصل بـ 112");
    }

    @Test
    void commandsAndDutchWordsWithSuffixesAreOneRun() {
        assertThat(BidiText.isolate("اكتب /vergeet الآن")).contains("\u2066/vergeet\u2069");
        assertThat(BidiText.isolate("عند الـ wijkteam أو jeugdteam")).contains("\u2066wijkteam\u2069").contains("\u2066jeugdteam\u2069");
    }

    @Test
    void isolatingTwiceChangesNothing() {
        String once = BidiText.isolate("اتصل على 0800-2000");
        assertThat(BidiText.isolate(once)).isEqualTo(once);
    }
}
