package nl.wegwijs.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageResolverTest {

    static final LanguageResolver resolver = LanguageFixtures.resolver();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Mijn dochter van 7 plast weer in bed, bij wie kan ik terecht?    | NL
            What is a gezinsvoogd?                                          | EN
            My son does not want to go to school anymore                    | EN
            Şikayet etmek istiyorum, kime başvurabilirim?                   | TR
            Co to jest Veilig Thuis?                                        | PL
            Куди звернутися, якщо дитина погано спить?                      | UK
            ابنتي تقول إنها لا تريد أن تعيش                                  | AR
            sikayet etmek istiyorum kime basvurabilirim                     | TR
            moj syn nie chce chodzic do szkoly co robic                     | PL
            wat betekent de afkorting RvdK                                  | NL
            """)
    void detectsTheLanguageOfAFirstMessage(String text, Language expected) {
        assertThat(resolver.resolve(text, null, false)).isEqualTo(expected);
    }

    @Test
    void keepsTheConversationsLanguageForShortNeutralMessages() {
        assertThat(resolver.resolve("OTS?", Language.TR, false)).isEqualTo(Language.TR);
        assertThat(resolver.resolve("ok", Language.PL, false)).isEqualTo(Language.PL);
        assertThat(resolver.resolve("112", Language.EN, false)).isEqualTo(Language.EN);
    }

    @Test
    void switchesWhenTheUserClearlyWritesAnotherLanguage() {
        assertThat(resolver.resolve("Where can I find help for my son?", Language.NL, false)).isEqualTo(Language.EN);
        assertThat(resolver.resolve("مرحبا", Language.NL, false)).isEqualTo(Language.AR);
    }

    @Test
    void explicitChoiceWinsUntilTheUserSwitches() {
        assertThat(resolver.resolve("Where can I find help for my son?", Language.NL, true)).isEqualTo(Language.NL);
    }

    @Test
    void aFirstMessageWithoutWordsGetsTheDefault() {
        assertThat(resolver.resolve("112 ?!", null, false)).isEqualTo(Language.NL);
    }
}
