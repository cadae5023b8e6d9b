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
            czy dostanę toeslag jak pracuję przez uitzendbureau             | PL
            kızım wachtlijst                                                | TR
            Hallo, ik ben Małgorzata en mijn zoon wordt gepest op school    | NL
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

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            hallo                          | NL
            hoi                            | NL
            wat is pgb                     | NL
            wat is OTS                     | NL
            Wat is jeugdbescherming?       | NL
            wat is een gezinsvoogd         | NL
            goedemiddag                    | NL
            """)
    void aFirstMessageTooShortOrNeutralIsDutch(String text, Language expected) {
        assertThat(resolver.resolve(text, null, false)).isEqualTo(expected);
    }

    @Test
    void aDutchOrTurkishConversationDoesNotSwitchOnANeutralTerm() {
        assertThat(resolver.resolve("wat is pgb", Language.TR, false)).isEqualTo(Language.TR);
        assertThat(resolver.resolve("wat is pgb", Language.NL, false)).isEqualTo(Language.NL);
        assertThat(resolver.resolve("wat is een OTS?", Language.PL, false)).isEqualTo(Language.PL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            My letter says 'aanmelding bij het OKT voor een intakegesprek', what do I have to do?                     | EN
            Mektupta “U wordt uitgenodigd voor een gesprek met de jeugdbeschermer” yazıyor, ne yapmalıyım?           | TR
            W liście jest napisane: „wij maken ons zorgen over de ontwikkeling van uw kind”. Co to znaczy?            | PL
            У листі написано: "U kunt binnen zes weken bezwaar maken tegen dit besluit". Що мені робити?             | UK
            في الرسالة: "De Raad voor de Kinderbescherming doet een onderzoek naar uw gezin". ماذا يعني هذا؟           | AR
            My letter says: U wordt uitgenodigd voor een gesprek op het consultatiebureau over de groei van uw kind  | EN
            """)
    void theFrameLanguageWinsOverQuotedDutch(String text, Language expected) {
        assertThat(resolver.resolve(text, null, false)).isEqualTo(expected);
        assertThat(resolver.resolve(text, Language.NL, false)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            answer in Arabic                      | NL | AR
            kun je Turks praten?                  | EN | TR
            по-українськи, будь ласка             | NL | UK
            arapça yaz                            | TR | AR
            po polsku proszę, mąż nie rozumie     | NL | PL
            in english please                     | TR | EN
            can you answer in english, my husband doesn't read turkish | TR | EN
            """)
    void anExplicitRequestSwitchesAndSticks(String text, Language before, Language asked) {
        var decision = resolver.decide(text, before, false);
        assertThat(decision.language()).isEqualTo(asked);
        assertThat(decision.switched()).isTrue();
        assertThat(decision.chosen()).isTrue();
        assertThat(resolver.decide("Mijn dochter van 7 plast weer in bed, bij wie kan ik terecht?", asked, true).language())
                .isEqualTo(asked);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Does my child have to learn Dutch at school?               
            I want to talk to someone who speaks Arabic                
            Mijn zoon spreekt alleen Turks thuis, is dat erg?          
            """)
    void namingALanguageIsNoRequestToSwitch(String text) {
        assertThat(resolver.decide(text, Language.EN, false).switched()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            سلام، پسرم ۱۴ سالشه و مدرسه می‌گه خیلی غیبت داره. باید چیکار کنم؟           | FARSI
            ما تازه از افغانستان آمدیم. بچه‌ام مکتب نمی‌رود. چه کار کنم؟                  | FARSI
            زما لور دوه کلنه ده، د شپې نه ویده کېږي او ډېر ژاړي                          | PASHTO
            کچەکەم شەوان ناخەوێت و هەمیشە دەگری                                          | KURDISH
            keça min li dibistanê tê pesten kirin, kesek heye ku bi kurdî diaxive?       | KURDISH
            میرا بیٹا سارا دن موبائل پر گیم کھیلتا ہے اور رات کو بالکل نہیں سوتا۔        | URDU
            Salaan, wiilkayga waa 12 jir, dugsiga dhibaato badan ayuu ka helaa            | SOMALI
            ጓለይ ለይቲ ኣይትድቅስን እያ፣ ኩሉ ግዜ ትበኪ።                                              | TIGRINYA
            ሴት ልጄ ሁልጊዜ ታዝናለች፣ ምግብም አትበላም።                                              | AMHARIC
            azul fellawen, mmi ur ixes ad yraḥ ɣer lakul, mamec ad skheɣ?                 | TAMAZIGHT
            ⴰⵣⵓⵍ. ⵉⵍⵍⵉ ⵓⵔ ⵜⵜⴳⴳⴰⵏ ⴳ ⵢⵉⴹ                                                       | TAMAZIGHT
            Bonjour, j'ai reçu une lettre de l'école pour mon fils                        | FRENCH
            Hola, necesito ayuda con mi hijo que no quiere ir a la escuela                | SPANISH
            Olá, preciso de ajuda com meu filho na escola                                 | PORTUGUESE
            Hallo, ich brauche Hilfe mit meinem Sohn, er geht nicht zur Schule            | GERMAN
            Здравствуйте, моему сыну 14 лет, он не ходит в школу. Что мне делать?         | RUSSIAN
            Bună ziua, am nevoie de ajutor pentru fiul meu                                | ROMANIAN
            дъщеря ми е на 3 и още не говори, трябва ли да се притеснявам?                | BULGARIAN
            我的儿子不想去学校，我该怎么办？                                                  | CHINESE
            """)
    void recognisesLanguagesTheBotDoesNotSpeak(String text, OtherLanguage expected) {
        assertThat(resolver.decide(text, null, false).other()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ابنتي تقول إنها لا تريد أن تعيش، ماذا أفعل؟                    | AR
            عندي رسالة من المدرسة، شو يعني هذا؟ چي أسوي؟                   | AR
            Куди звернутися, якщо дитина погано спить?                   | UK
            Моя дитина не хоче ходити до школи, що робити?               | UK
            ОТС це що                                                    | UK
            як довго це триває                                           | UK
            мий сын нэ хочэ йты до школы, шо робыты                      | UK
            чы можна пэрэклад на зустричи з гемэнтэ                       | UK
            """)
    void arabicAndUkrainianAreNotTakenForFarsiOrRussian(String text, Language expected) {
        var decision = resolver.decide(text, null, false);
        assertThat(decision.other()).isNull();
        assertThat(decision.language()).isEqualTo(expected);
    }

    @Test
    void aFirstMessageWithoutWordsGetsTheDefault() {
        assertThat(resolver.resolve("112 ?!", null, false)).isEqualTo(Language.NL);
    }
}
