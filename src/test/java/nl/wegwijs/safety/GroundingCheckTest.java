package nl.wegwijs.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wegwijs.language.Language;
import nl.wegwijs.language.LanguageFixtures;
import org.junit.jupiter.api.Test;

/** The rules one by one, on a small catalogue; GroundingOnContentTest judges the real content in six languages. */
class GroundingCheckTest {

    static final ServiceCatalogue CATALOGUE = new ServiceCatalogue(List.of(
            new ServiceCatalogue.Service("veilig-thuis", List.of("Veilig Thuis", "VT", "veiligthuis")),
            new ServiceCatalogue.Service("kindertelefoon", List.of("De Kindertelefoon", "kindertelefoon", "children's helpline")),
            new ServiceCatalogue.Service("wijkteam", List.of("wijkteam", "neighbourhood team")),
            new ServiceCatalogue.Service("buurtteam", List.of("buurtteam", "neighbourhood team")),
            new ServiceCatalogue.Service("ggd", List.of("Gemeentelijke Gezondheidsdienst", "GGD"))),
            Map.of("112", "Alarmnummer (politie, brandweer, ambulance)", "0800-2000", "Veilig Thuis (24 uur per dag, gratis)",
                    "0800-0432", "De Kindertelefoon (elke dag 11-21 uur)"));

    final GroundingCheck check = new GroundingCheck(CATALOGUE, LanguageFixtures.detector());
    final String source = "Bel Veilig Thuis op 0800-2000. Dat is gratis, dag en nacht. Kijk ook op veiligthuis.nl. "
            + "Je kunt ook naar het wijkteam. Is er direct gevaar? Bel dan 112.";

    Optional<GroundingReason> judge(String generated) {
        return check.rejection(generated, source, Language.NL);
    }

    @Test
    void acceptsARewordingThatRepeatsOnlyTheSourcesFacts() {
        assertThat(judge("Je kunt Veilig Thuis bellen: 0800-2000, gratis en dag en nacht. Meer staat op www.veiligthuis.nl/advies. "
                + "Het wijkteam kan ook helpen. Bij direct gevaar bel je 112.")).isEmpty();
    }

    @Test
    void rejectsAnInventedOrChangedNumber() {
        assertThat(judge("Bel Veilig Thuis op 0800-2001, gratis. Naar het wijkteam kan ook. Bel 112 bij gevaar.")).contains(GroundingReason.NUMBER_ADDED);
        assertThat(judge("Bel Veilig Thuis op 0800-2000, gratis. Het wijkteam helpt binnen 3 dagen. Bel 112.")).contains(GroundingReason.NUMBER_ADDED);
        assertThat(judge("Bel Veilig Thuis op 0800-2000-112, gratis. Naar het wijkteam kan ook. Bel 112.")).contains(GroundingReason.NUMBER_ADDED);
    }

    @Test
    void rejectsADroppedOrSwappedNumber() {
        assertThat(judge("Bel Veilig Thuis op 0800-2000, gratis. Naar het wijkteam kan ook. Direct gevaar? Bel .")).contains(GroundingReason.NUMBER_DROPPED);
        assertThat(judge("Direct gevaar? Bel 0800-2000. Veilig Thuis: 112, gratis. Naar het wijkteam kan ook.")).contains(GroundingReason.NUMBER_MOVED);
        assertThat(judge("Bel het wijkteam op 0800-2000 of Veilig Thuis, gratis. Direct gevaar? Bel 112.")).contains(GroundingReason.NUMBER_MOVED);
    }

    @Test
    void rejectsAnotherWebHostOrEnding() {
        assertThat(judge("Bel Veilig Thuis op 0800-2000, gratis. Kijk op veiligthuis.be. Het wijkteam helpt. Bij gevaar: 112.")).contains(GroundingReason.WEB_HOST);
        assertThat(judge("Bel Veilig Thuis op 0800-2000, gratis. Kijk op veiligthuis.com. Het wijkteam helpt. Bij gevaar: 112.")).contains(GroundingReason.WEB_HOST);
        assertThat(judge("Bel Veilig Thuis op 0800-2000, gratis. Mail hulp@veilig-thuis.org. Het wijkteam helpt. Bij gevaar: 112.")).contains(GroundingReason.WEB_HOST);
    }

    @Test
    void rejectsAServiceTheSourceDoesNotNameAndOneItDrops() {
        assertThat(judge("Bel Veilig Thuis op 0800-2000, gratis. Of de GGD. Het wijkteam helpt. Bij gevaar: 112.")).contains(GroundingReason.SERVICE_ADDED);
        assertThat(judge("Bel Veilig Thuis op 0800-2000, gratis, dag en nacht. Bij gevaar: 112.")).contains(GroundingReason.SERVICE_DROPPED);
        assertThat(judge("Bel Veilig Thuis op 0800-2000, gratis. Of Stichting Gezinshulp. Het wijkteam helpt. Bij gevaar: 112."))
                .contains(GroundingReason.UNKNOWN_NAME);
    }

    @Test
    void aNameSharedByTwoServicesCountsForEither() {
        String en = "Call Veilig Thuis on 0800-2000, free, day and night. You can also go to the wijkteam (neighbourhood team). "
                + "Immediate danger? Call 112.";
        String rewording = "Call Veilig Thuis on 0800-2000, free, day and night. The neighbourhood team can help too. "
                + "Immediate danger? Call 112.";
        assertThat(check.rejection(rewording, en, Language.EN)).isEmpty();
    }

    @Test
    void rejectsAPriceAPeriodOrAPromiseTheSourceDoesNotMake() {
        String rest = "Bel Veilig Thuis op 0800-2000. Het wijkteam helpt. Bij gevaar: 112.";
        assertThat(check.rejection("Het kost een paar euro. " + rest, rest, Language.NL)).contains(GroundingReason.PRICE);
        assertThat(check.rejection("Het is gratis. " + rest, rest, Language.NL)).contains(GroundingReason.PRICE);
        assertThat(check.rejection("Binnen een week belt iemand. " + rest, rest, Language.NL)).contains(GroundingReason.DURATION);
        assertThat(check.rejection("Je kind wordt nooit weggehaald. " + rest, rest, Language.NL)).contains(GroundingReason.PROMISE);
        assertThat(check.rejection("Ze helpen altijd. " + rest, rest, Language.NL)).contains(GroundingReason.PROMISE);
        assertThat(check.rejection("Hulp is gegarandeerd. " + rest, rest, Language.NL)).contains(GroundingReason.PROMISE);
    }

    @Test
    void aPromiseTheSourceMakesMayBeRepeatedOnceNotAdded() {
        String baby = "Ga naar het wijkteam. Schud je baby nooit. Bel bij gevaar 112.";
        assertThat(check.rejection("Schud je baby nooit. Het wijkteam helpt je verder. Bij gevaar bel je 112.", baby, Language.NL)).isEmpty();
        assertThat(check.rejection("Schud je baby nooit. Het wijkteam neemt je kind nooit mee. Bij gevaar bel je 112.", baby, Language.NL))
                .contains(GroundingReason.PROMISE);
    }

    @Test
    void rejectsAnotherLanguageAndTooMuchText() {
        assertThat(judge("You can call Veilig Thuis on 0800-2000 for free, day and night. See veiligthuis.nl. "
                + "You can also go to the wijkteam. Immediate danger? Call 112.")).contains(GroundingReason.LANGUAGE);
        String ok = "Bel Veilig Thuis op 0800-2000, gratis, dag en nacht. Het wijkteam helpt ook. Bij direct gevaar bel je 112. ";
        assertThat(judge(ok.repeat(3))).contains(GroundingReason.TOO_LONG);
        assertThat(judge(" ")).contains(GroundingReason.EMPTY);
    }
}
