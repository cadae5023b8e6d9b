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

    @Test
    void dutchApostrophesNeedNoEscaping() {
        assertThat(text.get(Language.NL, "unsupported.photo")).contains("foto's");
    }
}
