package nl.wegwijs.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InterfaceTextTest {

    private final InterfaceText text = new InterfaceText();

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageHasEveryKeyTheDutchBundleHas(Language language) {
        Set<String> dutch = text.keys(Language.NL);
        assertThat(text.keys(language)).as("keys of %s", language).containsAll(dutch);
        assertThat(dutch).as("keys only %s has", language).containsAll(text.keys(language));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noTextIsEmptyAndPlaceholdersAreFilled(Language language) {
        for (String key : text.keys(language)) {
            assertThat(text.get(language, key, 4000)).as(key).isNotBlank().doesNotContain("{0}");
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyGreetingNamesTheEmergencyNumberAndHowToErase(Language language) {
        assertThat(text.get(language, "start.greeting")).contains("112").contains("/vergeet");
    }

    /** Who the volunteer is, the limit of their confidentiality, and what they cannot do (issue 11). */
    @Test
    void theConsentSaysWhoTheVolunteerIsTheLimitOfConfidentialityAndWhatTheyCannotDo() {
        assertThat(text.get(Language.NL, "handoff.consent", "Arabisch", "school", "vraag"))
                .contains("getrainde vrijwilliger van een migrantenorganisatie")
                .contains("binnen de grenzen van de wet").contains("Is een kind in gevaar?")
                .contains("geen hulpverlener").contains("beslist niets").contains("geen juridisch advies");
        assertThat(text.get(Language.EN, "handoff.consent", "Arabic", "school", "question"))
                .contains("trained volunteer of a migrant organisation").contains("within the limits the law sets")
                .contains("not a care worker").contains("no legal advice");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyConsentNamesWhereTheVolunteerTurnsWhenAChildIsInDanger(Language language) {
        assertThat(text.get(language, "handoff.consent", "x", "y", "z"))
                .contains("Veilig Thuis").contains("112").contains("/stop").contains("z");
    }

    @Test
    void dutchApostrophesNeedNoEscaping() {
        assertThat(text.get(Language.NL, "unsupported.photo")).contains("foto's");
    }
}
