package nl.wegwijs.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.io.ClassPathResource;

/** Adding a language is adding its parts: this fails, naming the part, when a language lacks one. */
class LanguagePartsTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageHasEveryPart(Language language) {
        LanguageParts parts = LanguageParts.of(language);

        assertThat(parts.script()).as("script of %s", language).isNotNull();
        assertThat(parts.lingua() != null || parts.script() != Character.UnicodeScript.LATIN)
                .as("%s: a Latin-script language needs Lingua's model", language).isTrue();
        try (var analyzer = parts.analyzer().get()) {
            assertThat(analyzer).as("analyzer of %s", language).isNotNull();
        }
        assertThat(new ClassPathResource(parts.crisisRules()).exists()).as("crisis rules %s", parts.crisisRules()).isTrue();
        for (String bundle : LanguageParts.BUNDLES) {
            String file = "i18n/" + bundle + "_" + language.code() + ".properties";
            assertThat(new ClassPathResource(file).exists()).as("interface texts %s", file).isTrue();
        }
        for (Language in : Language.values()) {
            assertThat(parts.names().get(in)).as("name of %s in %s", language, in).isNotBlank();
        }
        assertThat(parts.namedAs()).as("how people name %s", language).isNotEmpty()
                .allSatisfy(name -> assertThat(LanguageParts.fold(name)).as("folded name of %s", language).isEqualTo(name));
        assertThat(LanguageRequest.asked("in " + parts.names().get(Language.EN) + " please"))
                .as("%s can be asked for by name", language).contains(language);
    }
}
