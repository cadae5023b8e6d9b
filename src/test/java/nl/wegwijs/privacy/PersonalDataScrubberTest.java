package nl.wegwijs.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataScrubberTest {
    private final PersonalDataScrubber scrubber = new PersonalDataScrubber();

    private String scrub(String text) {
        return scrubber.scrub(text);
    }

    @Test
    void returnsEmptyStringForNull() {
        assertThat(scrub(null)).isEmpty();
    }

    @Test
    void leavesAQuestionWithoutPersonalDataUntouched() {
        String q = "Mijn zoon van 8 zit in groep 5 en heeft 2 keer per week logopedie (€ 45 per keer). Kan dat om 15:30?";
        assertThat(scrub(q)).isEqualTo(q);
    }

    @Nested
    class Phones {
        @ParameterizedTest
        @ValueSource(strings = {"06-12345678", "06 1234 5678", "0612345678", "+31 6 12345678", "0031 6 12345678", "+31 (0)6-1234 5678",
                "020-1234567", "020 123 45 67", "0570 612 345", "+48 600 123 456", "+380 67 123 45 67", "+90 532 123 45 67",
                "0532 123 45 67", "600 123 456", "612345678"})
        void removesDutchAndInternationalPhoneNumbers(String number) {
            assertThat(scrub("Bel mij op " + number + " na 5 uur.")).isEqualTo("Bel mij op [TELEFOON] na 5 uur.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"112", "113", "0800-2000", "0800-0432", "0800-0113", "088-555 1000", "0800 2000", "116 111", "0900-1234567"})
        void keepsNationalHelplineNumbers(String number) {
            String text = "Moet ik " + number + " bellen?";
            assertThat(scrub(text)).isEqualTo(text);
        }

        @Test
        void readsPhoneNumbersTypedInArabicIndicDigits() {
            assertThat(scrub("رقمي ٠٦١٢٣٤٥٦٧٨")).isEqualTo("رقمي [TELEFOON]");
        }

        @Test
        void keepsHouseNumber112OnlyAsPartOfAnAddress() {
            assertThat(scrub("Wij wonen op Kanaalstraat 112. Moet ik 112 bellen?")).isEqualTo("Wij wonen op [ADRES]. Moet ik 112 bellen?");
        }
    }

    @Nested
    class Bsn {
        @ParameterizedTest
        @ValueSource(strings = {"725763863", "162.275.869", "192 285 142", "1622.75.869"})
        void removesBsnOnlyWhenElevenCheckPasses(String bsn) {
            assertThat(scrub("BSN: " + bsn + ".")).isEqualTo("BSN: [BSN].");
        }

        @Test
        void keepsNineDigitNumberFailingElevenCheck() {
            assertThat(AccountRules.passesElevenCheck("326397581")).isFalse();
            assertThat(scrub("Ordernummer 326397581 van de apotheek")).isEqualTo("Ordernummer 326397581 van de apotheek");
        }

        @Test
        void treatsNineDigitMobileWithoutZeroAsPhoneWhenCheckFails() {
            assertThat(AccountRules.passesElevenCheck("612345678")).isFalse();
            assertThat(scrub("whatsapp +31 of 612345678")).contains("[TELEFOON]").doesNotContain("612345678");
        }
    }

    @Nested
    class AccountsAndContact {
        @ParameterizedTest
        @ValueSource(strings = {"NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "PL61 1090 1014 0000 0712 1981 2874",
                "UA713052299100000260071239", "TR33 0006 1005 1978 6457 8413 26", "BE68539007547034"})
        void removesIbansWithOrWithoutSpaces(String iban) {
            assertThat(scrub("Rekening " + iban + ", klopt dat?")).isEqualTo("Rekening [IBAN], klopt dat?");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Mail f.bakali@hotmail.com graag|Mail [EMAIL] graag",
                "mail: anna.k (at) wp.pl dzięki|mail: [EMAIL] dzięki",
                "zie https://www.denhaag.nl/jeugd?id=88231.|zie [LINK].",
                "groep t.me/ukr_mamy_nl daar|groep [LINK] daar",
                "Telegram @mama_noor_rdam aub|Telegram [HANDLE] aub"})
        void removesEmailLinksAndHandles(String in, String out) {
            assertThat(scrub(in)).isEqualTo(out);
        }
    }

    @Nested
    class Addresses {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Wij wonen op Kalverstraat 12 sinds mei|Wij wonen op [ADRES] sinds mei",
                "adres Laan van Meerdervoort 1a, Den Haag|adres [ADRES], Den Haag",
                "postcode 1012 AB 12|postcode [ADRES]",
                "postcode 1012AB klopt|postcode [POSTCODE] klopt",
                "stary adres: ul. Marszałkowska 5, 00-950 Warszawa|stary adres: [ADRES], [POSTCODE] Warszawa",
                "адреса: вул. Шевченка 10, кв. 5, Київ|адреса: [ADRES], Київ",
                "Adresimiz Molenstraat 7A, Den Bosch|Adresimiz [ADRES], Den Bosch"})
        void removesPostcodesAndStreetAddresses(String in, String out) {
            assertThat(scrub(in)).isEqualTo(out);
        }

        @Test
        void keepsYearsFollowedByShortWordsThatLookLikePostcodeLetters() {
            assertThat(scrub("Hij is geboren in 2015 en zit in groep 4")).isEqualTo("Hij is geboren in 2015 en zit in groep 4");
        }
    }

    @Nested
    class Dates {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "geboren op 3 maart 2015.|geboren op [DATUM].",
                "geb. 03-03-2015|geb. [DATUM]",
                "born 12/05/2012|born [DATUM]",
                "doğum tarihi 01.02.2013|doğum tarihi [DATUM]",
                "ur. 5.06.2014|ur. [DATUM]",
                "народився 12.03.2015|народився [DATUM]",
                "народилася 7 травня 2014 року|народилася [DATUM]",
                "وُلد في 5 مارس 2013|وُلد في [DATUM]",
                "DOB 2014-09-21|DOB [DATUM]",
                "geboren op 3 maart|geboren op [DATUM]"})
        void removesDatesOfBirthInEveryLanguage(String in, String out) {
            assertThat(scrub(in)).isEqualTo(out);
        }

        @Test
        void keepsAgesYearsAndAppointmentsWithoutYear() {
            String text = "Mijn zoon van 8 (2014 doğumlu) heeft op 14 maart om 10:30 een afspraak, 12 jaar wachten?";
            assertThat(scrub(text)).isEqualTo(text);
        }
    }

    @Nested
    class Names {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Hallo, mijn naam is Fatima el Amrani en ik heb een vraag|Hallo, mijn naam is [NAAM] en ik heb een vraag",
                "Ik ben Joyce, alleenstaande moeder|Ik ben [NAAM], alleenstaande moeder",
                "my name is Sarah Thompson and|my name is [NAAM] and",
                "Merhaba, benim adım Ayşe Yılmaz.|Merhaba, benim adım [NAAM].",
                "Dzień dobry, nazywam się Anna Kowalczyk.|Dzień dobry, nazywam się [NAAM].",
                "Добрий день, мене звати Олена Коваленко.|Добрий день, мене звати [NAAM].",
                "السلام عليكم، اسمي رنا حداد، ابني|السلام عليكم، اسمي [NAAM]، ابني"})
        void removesNamesAfterSelfIntroduction(String in, String out) {
            assertThat(scrub(in)).isEqualTo(out);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "mijn zoon Ahmed wordt gepest|mijn zoon [NAAM] wordt gepest",
                "my daughter Sara is 9|my daughter [NAAM] is 9",
                "Oğlum Emre okula gitmiyor|Oğlum [NAAM] okula gitmiyor",
                "Mój syn Kuba ma 10 lat|Mój syn [NAAM] ma 10 lat",
                "Мій син Андрій не спить|Мій син [NAAM] не спить",
                "ابني أحمد لا ينام|ابني [NAAM] لا ينام"})
        void removesChildNamesAfterFamilyWords(String in, String out) {
            assertThat(scrub(in)).isEqualTo(out);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Dank u. Groetjes, Fatima|Dank u. Groetjes, [NAAM]",
                "Met vriendelijke groet, J. de Vries|Met vriendelijke groet, [NAAM]",
                "Hi, Aylin here. Quick question|Hi, [NAAM] here. Quick question",
                "Saygılarımla, Kemal Öztürk|Saygılarımla, [NAAM]",
                "З повагою, Оксана Шевчук|З повагою, [NAAM]",
                "مع التحية، حنان|مع التحية، [NAAM]"})
        void removesNamesInGreetingsAndSignatures(String in, String out) {
            assertThat(scrub(in)).isEqualTo(out);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "mevrouw Jansen belt niet terug|mevrouw [NAAM] belt niet terug",
                "meneer Bakker, de mentor|meneer [NAAM], de mentor",
                "Pani Kowalska z gemeente|Pani [NAAM] z gemeente",
                "caseworker Ms. Peters wants|caseworker Ms. [NAAM] wants",
                "Selin Hanım yardım etmiyor|[NAAM] Hanım yardım etmiyor",
                "mevrouw Koster van Lindenhout zei|mevrouw [NAAM] van Lindenhout zei",
                "Doktor Van den Berg dedi|Doktor [NAAM] dedi"})
        void removesCareWorkerNamesAfterTitles(String in, String out) {
            assertThat(scrub(in)).isEqualTo(out);
        }

        @Test
        void removesLaterMentionsAndInflectedFormsOfAFoundName() {
            assertThat(scrub("Мене звуть Віктор, тато Богдана. Богдан має 16 років."))
                    .isEqualTo("Мене звуть [NAAM], тато [NAAM]. [NAAM] має 16 років.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"I'm worried about my son, he is 14.", "Ik ben bezorgd over mijn dochter van 12 jaar.", "Jestem Polką i mam syna.",
                "أنا قلقة جدا على ابنتي، عمرها 16.", "ابني عمره 8 سنوات.", "Ben çok endişeliyim.", "Я дуже хвилююся за сина."})
        void keepsSentencesWhereTheCueIsNotFollowedByAName(String text) {
            assertThat(scrub(text)).isEqualTo(text);
        }
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        String text = "Mijn zoon Ahmed, BSN 725763863, tel 06-12345678";
        String expected = scrub(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> scrubber.scrub(text)));
            }
            for (Future<String> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}
