package nl.wegwijs.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import nl.wegwijs.language.Language;
import nl.wegwijs.language.LanguageFixtures;
import nl.wegwijs.safety.GroundingCheck;
import nl.wegwijs.safety.GroundingReason;
import nl.wegwijs.safety.ServiceCatalogue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The grounding check as the application builds it (GroundingConfig: the real faq/ content, the
 * organisations the glossary marks, the verified numbers, the detector with the content's neutral
 * terms), judged on rewordings written by hand for this test, not taken from the content: good
 * ones in every language must pass, harmful ones must be rejected for the right reason.
 */
class GroundingOnContentTest {

    static final Knowledge KNOWLEDGE = KnowledgeFixtures.national();
    static final GroundingCheck CHECK = new GroundingCheck(KNOWLEDGE.serviceCatalogue(), LanguageFixtures.detector(KNOWLEDGE));

    static String curated(String id, Language l) {
        return KNOWLEDGE.entry(id).orElseThrow().text(l).answer();
    }

    static Optional<GroundingReason> judge(String id, Language l, String generated) {
        return CHECK.rejection(generated, curated(id, l), l);
    }

    @Test
    void theServiceListIsTheMarkedOrganisationsNotEveryGlossaryWord() {
        ServiceCatalogue catalogue = KNOWLEDGE.serviceCatalogue();
        assertThat(catalogue.services()).extracting(ServiceCatalogue.Service::id)
                .contains("veilig-thuis", "kindertelefoon", "wijkteam", "huisarts", "rvdk", "jeugdstem")
                .doesNotContain("ots", "beschikking", "dossier", "gezag", "melding");
        assertThat(catalogue.services()).hasSizeBetween(30, 60);
        assertThat(catalogue.verifiedNumbers()).containsKeys("112", "0800-2000", "0800-0432", "113");
    }

    static Stream<Arguments> goodRewordings() {
        return Stream.of(
                Arguments.of("veilig-thuis", Language.NL, "Veilig Thuis helpt bij huiselijk geweld en kindermishandeling. "
                        + "Je kunt Veilig Thuis gratis bellen op 0800-2000, dag en nacht. Je mag ook anoniem advies vragen. "
                        + "Na een melding praten ze meestal eerst met jou. Daarna vragen ze vaak het wijkteam of jeugdteam "
                        + "van je gemeente om te helpen. Is er direct gevaar? Bel dan 112."),
                Arguments.of("veilig-thuis", Language.NL, "Is het thuis niet veilig? Bel Veilig Thuis op 0800-2000. Dat is gratis, "
                        + "dag en nacht, en je hoeft je naam niet te noemen. Meestal praten ze eerst met jou. Vaak helpt daarna "
                        + "het wijkteam of jeugdteam. Bij direct gevaar bel je 112."),
                Arguments.of("baby-huilen", Language.NL, "Veel huilen is zwaar, en alle baby's huilen, vooral in de eerste weken. "
                        + "Maak je je zorgen? Ga dan naar het consultatiebureau. De verpleegkundige luistert, kijkt naar je baby "
                        + "en geeft tips, en dat is gratis. Heeft je baby koorts, is hij ziek of drinkt hij slecht? Bel dan de "
                        + "huisarts. Word je heel moe of boos, leg je baby dan veilig in bed en loop even weg. Schud je baby "
                        + "nooit en vraag iemand om even te helpen."),
                Arguments.of("veilig-thuis", Language.EN, "Veilig Thuis is where you can go with worries about domestic violence "
                        + "or child abuse. You can call Veilig Thuis on 0800-2000, free, day and night. You can also ask for "
                        + "advice anonymously. After a report (melding) they usually talk to you first, and often they ask the "
                        + "wijkteam or jeugdteam (neighbourhood team) of your municipality to help. In immediate danger, call 112."),
                Arguments.of("veilig-thuis", Language.EN, "If it is not safe at home, you can call Veilig Thuis: 0800-2000. It is "
                        + "free, day and night, and you can stay anonymous. Usually they talk with you first. Often the wijkteam "
                        + "or jeugdteam (neighbourhood team) then helps. Immediate danger? Call 112."),
                Arguments.of("baby-huilen", Language.EN, "Crying a lot is hard, and all babies cry, often more in the first weeks. "
                        + "If you are worried, you can go to the consultatiebureau (child health clinic): the nurse listens, "
                        + "checks your baby and gives tips, for free. If your baby is ill, has a fever or drinks badly, call the "
                        + "huisarts (family doctor). If you get very tired or angry, put your baby safely in bed and walk away "
                        + "for a moment. Never shake your baby, and ask someone to help for a while."),
                Arguments.of("veilig-thuis", Language.AR, "Veilig Thuis هو مركز للمشورة والإبلاغ عن العنف المنزلي وإساءة معاملة "
                        + "الأطفال. يمكنك الاتصال بـ Veilig Thuis على الرقم 0800-2000 مجاناً ليلاً ونهاراً. يمكنك أيضاً طلب "
                        + "النصيحة دون ذكر اسمك. بعد البلاغ (melding) يتكلمون معك أولاً في الغالب، ثم يطلبون كثيراً من فريق "
                        + "الحي wijkteam أو jeugdteam في بلديتك أن يساعد. في حالة الخطر المباشر اتصل بالرقم 112."),
                Arguments.of("veilig-thuis", Language.AR, "إذا لم يكن البيت آمناً يمكنك الاتصال بـ Veilig Thuis على 0800-2000، "
                        + "والاتصال مجاني ليلاً ونهاراً. يمكنك طلب المساعدة أو النصيحة من دون ذكر اسمك. وكثيراً ما يطلبون "
                        + "بعد ذلك المساعدة من فريق الحي wijkteam أو jeugdteam. في حالة الخطر المباشر اتصل بالرقم 112."),
                Arguments.of("baby-huilen", Language.AR, "كل الأطفال الرضع يبكون، وخاصة في الأسابيع الأولى. إذا كنت قلقاً يمكنك "
                        + "الذهاب إلى الـ consultatiebureau (مركز صحة الطفل)، حيث تستمع إليك الممرضة وتفحص طفلك وتعطيك نصائح "
                        + "مجاناً. إذا كان طفلك مريضاً أو عنده حرارة أو يرضع بشكل سيئ اتصل بطبيب العائلة (huisarts). إذا تعبت "
                        + "كثيراً أو غضبت ضع طفلك في سريره بأمان وابتعد قليلاً. لا تهزّ طفلك أبداً واطلب من شخص أن يساعدك."),
                Arguments.of("veilig-thuis", Language.TR, "Veilig Thuis, aile içi şiddet ve çocuk istismarı için bir danışma ve ihbar "
                        + "merkezidir. Veilig Thuis'i 0800-2000 numarasından ücretsiz arayabilirsiniz, gece gündüz açıktır. "
                        + "İsminizi vermeden de tavsiye alabilirsiniz. Bir bildirimden (melding) sonra genellikle önce sizinle "
                        + "konuşurlar. Sonra çoğu zaman belediyenizin wijkteam veya jeugdteam'inden (mahalle ekibi) yardım "
                        + "isterler. Acil tehlike varsa 112'yi arayın."),
                Arguments.of("veilig-thuis", Language.TR, "Evinizde güvende değilseniz Veilig Thuis'i arayabilirsiniz: 0800-2000. "
                        + "Arama ücretsizdir ve gece gündüz açıktır. İsterseniz isminizi söylemeden konuşabilirsiniz. Genellikle "
                        + "sonra belediyenizin wijkteam veya jeugdteam'i (mahalle ekibi) yardım eder. Acil tehlikede 112'yi arayın."),
                Arguments.of("baby-huilen", Language.TR, "Bütün bebekler ağlar, ilk haftalarda genellikle daha çok. "
                        + "Endişeleniyorsanız Consultatiebureau'ya (çocuk sağlığı merkezi) gidebilirsiniz; hemşire sizi dinler, "
                        + "bebeğinize bakar ve öneriler verir, ücretsizdir. Bebeğiniz hasta, ateşli veya kötü içiyorsa "
                        + "huisarts'ı (aile hekimi) arayın. Çok yorgun veya sinirliyseniz bebeğinizi güvenle yatağına koyun ve "
                        + "biraz uzaklaşın. Bebeğinizi asla sarsmayın ve birinden yardım isteyin."),
                Arguments.of("veilig-thuis", Language.PL, "Veilig Thuis to punkt porad i zgłoszeń w sprawie przemocy domowej i "
                        + "krzywdzenia dzieci. Do Veilig Thuis możesz dzwonić pod 0800-2000, bezpłatnie, w dzień i w nocy. "
                        + "Możesz też anonimowo poprosić o radę. Po zgłoszeniu (melding) zwykle najpierw rozmawiają z tobą, a "
                        + "potem często proszą o pomoc wijkteam lub jeugdteam (zespół dzielnicowy) w twojej gminie. W nagłym "
                        + "niebezpieczeństwie dzwoń pod 112."),
                Arguments.of("veilig-thuis", Language.PL, "Jeśli w domu nie jest bezpiecznie, zadzwoń do Veilig Thuis pod 0800-2000. "
                        + "To bezpłatne, w dzień i w nocy, i możesz pozostać anonimowy. Zwykle najpierw rozmawiają z tobą. Potem "
                        + "często pomaga wijkteam lub jeugdteam (zespół dzielnicowy). W nagłym niebezpieczeństwie dzwoń pod 112."),
                Arguments.of("baby-huilen", Language.PL, "Wszystkie niemowlęta płaczą, w pierwszych tygodniach często więcej. Jeśli "
                        + "się martwisz, możesz pójść do consultatiebureau (przychodnia zdrowia dziecka), gdzie pielęgniarka "
                        + "wysłucha cię, zbada dziecko i da porady. To jest bezpłatne. Gdy dziecko jest chore, ma gorączkę albo "
                        + "źle pije, zadzwoń do huisarts (lekarz rodzinny). Gdy czujesz duże zmęczenie albo złość, połóż dziecko "
                        + "bezpiecznie do łóżeczka i odejdź na chwilę. Nigdy nie potrząsaj dzieckiem i poproś kogoś o pomoc."),
                Arguments.of("veilig-thuis", Language.UK, "Veilig Thuis — це центр порад і повідомлень про домашнє насильство та "
                        + "жорстоке поводження з дітьми. Телефонуйте у Veilig Thuis за номером 0800-2000, це безкоштовно, вдень і "
                        + "вночі. Можна також анонімно попросити пораду. Після повідомлення (melding) зазвичай спочатку говорять з "
                        + "вами, а потім часто просять допомогти wijkteam або jeugdteam (районна команда) вашого муніципалітету. "
                        + "Якщо є пряма небезпека, телефонуйте 112."),
                Arguments.of("veilig-thuis", Language.UK, "Якщо вдома небезпечно, телефонуйте у Veilig Thuis: 0800-2000. Це "
                        + "безкоштовно, вдень і вночі, і можна не називати себе. Зазвичай спочатку говорять з вами, а потім часто "
                        + "допомагає wijkteam або jeugdteam (районна команда). Якщо є пряма небезпека, телефонуйте 112."),
                Arguments.of("baby-huilen", Language.UK, "Усі немовлята плачуть, особливо в перші тижні. Якщо ви хвилюєтеся, можна "
                        + "піти до consultatiebureau (центр здоров'я дитини): медсестра вислухає, огляне дитину і дасть поради, це "
                        + "безкоштовно. Якщо дитина хвора, має температуру або погано п'є, зателефонуйте до huisarts (сімейний "
                        + "лікар). Якщо ви дуже втомилися або злитеся, покладіть дитину безпечно в ліжечко і ненадовго вийдіть. "
                        + "Ніколи не трусіть дитину і попросіть когось допомогти."),
                Arguments.of("anoniem-praten-jongere", Language.NL, "Je kunt gratis en anoniem praten met De Kindertelefoon, als je "
                        + "tussen 8 en 18 jaar bent. Bel De Kindertelefoon op 0800-0432 of chat via kindertelefoon.nl, elke dag "
                        + "van 11 tot 21 uur. Op werkdagen kun je van 18 tot 20 uur chatten met een jonge vrijwilliger. Denk je aan "
                        + "zelfdoding? Bel 113 of chat via 113.nl, gratis en anoniem, dag en nacht. Niet veilig thuis? Bel Veilig "
                        + "Thuis: 0800-2000, ook 's nachts. In direct gevaar: bel 112."));
    }

    @ParameterizedTest(name = "{0} {1} #{index}")
    @MethodSource("goodRewordings")
    void aGoodRewordingInEveryLanguagePasses(String id, Language language, String rewording) {
        assertThat(judge(id, language, rewording)).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("falsePromises")
    void aFalsePromiseIsRejectedInEveryLanguage(Language language, String promise) {
        String good = goodRewordings().map(Arguments::get)
                .filter(a -> a[0].equals("veilig-thuis") && a[1] == language).findFirst().orElseThrow()[2].toString();
        assertThat(judge("veilig-thuis", language, good + " " + promise)).contains(GroundingReason.PROMISE);
    }

    static Stream<Arguments> falsePromises() {
        return Stream.of(
                Arguments.of(Language.NL, "Je kind wordt nooit uit huis geplaatst."),
                Arguments.of(Language.NL, "Ze helpen je altijd, dat is gegarandeerd."),
                Arguments.of(Language.EN, "Your child will never be taken away."),
                Arguments.of(Language.EN, "They will always help you, guaranteed."),
                Arguments.of(Language.AR, "لن يأخذوا طفلك أبداً."),
                Arguments.of(Language.TR, "Çocuğunuz asla elinizden alınmaz."),
                Arguments.of(Language.TR, "Size her zaman yardım ederler."),
                Arguments.of(Language.PL, "Nikt nigdy nie odbierze ci dziecka."),
                Arguments.of(Language.UK, "Вашу дитину ніколи не заберуть."));
    }

    @Test
    void harmfulRewordingsOfTheVeiligThuisAnswerAreRejectedForTheirReason() {
        String nl = "Veilig Thuis helpt bij huiselijk geweld en kindermishandeling. Je kunt anoniem advies vragen. "
                + "Daarna vragen ze vaak het wijkteam of jeugdteam om te helpen. ";
        assertThat(judge("veilig-thuis", Language.NL, nl + "Direct gevaar? Bel 0800-2000. Veilig Thuis: 112, gratis, dag en nacht."))
                .contains(GroundingReason.NUMBER_MOVED);
        assertThat(judge("veilig-thuis", Language.NL, nl + "Bel Veilig Thuis op 0800-2000, gratis, dag en nacht. Direct gevaar? Bel ."))
                .contains(GroundingReason.NUMBER_DROPPED);
        assertThat(judge("veilig-thuis", Language.NL, nl + "Bel Veilig Thuis op 0800-2000, gratis, dag en nacht. Of de Kindertelefoon. Direct gevaar? Bel 112."))
                .contains(GroundingReason.SERVICE_ADDED);
        assertThat(judge("veilig-thuis", Language.NL, nl + "Bel Veilig Thuis op 0800-2000, gratis, dag en nacht, of Stichting Thuishulp. Direct gevaar? Bel 112."))
                .contains(GroundingReason.UNKNOWN_NAME);
        assertThat(judge("veilig-thuis", Language.NL, "Veilig Thuis helpt. Bel Veilig Thuis op 0800-2000, gratis, dag en nacht. Direct gevaar? Bel 112."))
                .contains(GroundingReason.SERVICE_DROPPED);
        assertThat(judge("veilig-thuis", Language.NL, nl + "Bel Veilig Thuis op 0800-2000, gratis, dag en nacht, en kijk op veiligthuis.be. Direct gevaar? Bel 112."))
                .contains(GroundingReason.WEB_HOST);
        assertThat(judge("veilig-thuis", Language.NL, nl + "Bel Veilig Thuis op 0800-2000, gratis, dag en nacht. Binnen een week komt er iemand. Direct gevaar? Bel 112."))
                .contains(GroundingReason.DURATION);
    }

    @Test
    void numbersInArabicIndicPersianOrFullWidthDigitsAreTheNumbersTheyStandFor() {
        String ar = "يمكنك الاتصال بـ Veilig Thuis على الرقم %s مجاناً ليلاً ونهاراً. بعد البلاغ (melding) يطلبون كثيراً من فريق "
                + "الحي wijkteam أو jeugdteam أن يساعد. في حالة الخطر المباشر اتصل بالرقم %s.";
        assertThat(judge("veilig-thuis", Language.AR, ar.formatted("٠٨٠٠-٢٠٠٠", "١١٢"))).isEmpty();
        assertThat(judge("veilig-thuis", Language.AR, ar.formatted("٠٨٠٠-٢٠٠١", "١١٢"))).contains(GroundingReason.NUMBER_ADDED);
        assertThat(judge("veilig-thuis", Language.AR, ar.formatted("۰۸۰۰-۲۰۰۰", "۱۱۳"))).contains(GroundingReason.NUMBER_ADDED);
        assertThat(judge("veilig-thuis", Language.AR, ar.formatted("０８００-２０００", "112"))).isEmpty();
        assertThat(judge("veilig-thuis", Language.AR, ar.formatted("112", "٠٨٠٠-٢٠٠٠"))).contains(GroundingReason.NUMBER_MOVED);
    }

    @Test
    void anAnswerInAnotherLanguageThanAskedIsRejected() {
        String english = goodRewordings().map(Arguments::get).filter(a -> a[1] == Language.EN).findFirst().orElseThrow()[2].toString();
        assertThat(judge("veilig-thuis", Language.NL, english)).contains(GroundingReason.LANGUAGE);
    }
}
