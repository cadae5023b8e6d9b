package nl.wegwijs.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import nl.wegwijs.language.InterfaceText;
import nl.wegwijs.language.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The privacy texts quote the configured retention, whatever an operator sets. */
class PrivacyNoticeTest {

    private static final InterfaceText TEXT = new InterfaceText();

    /** application.yml as the app reads it, with the operator's environment variables on top. */
    static StandardEnvironment environment(Map<String, Object> variables) throws IOException {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("operator", variables));
        for (var source : new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))) {
            env.getPropertySources().addLast(source);
        }
        return env;
    }

    @Test
    void theTextsQuoteTheRetentionAnOperatorConfigures() throws IOException {
        PrivacyNotice notice = new PrivacyNotice(TEXT, environment(Map.of(
                "WEGWIJS_INSIGHTS_RETENTION", "7m",
                "WEGWIJS_HANDOFF_RETENTION", "14d",
                "WEGWIJS_STATE_RETENTION", "60d",
                "WEGWIJS_INSIGHTS_K", "3")));

        assertThat(notice.greeting(Language.NL)).contains("7 maanden").doesNotContain("13 maanden");
        assertThat(notice.full(Language.NL)).contains("Je vragen, zonder namen, telefoonnummers en adressen: 7 maanden")
                .contains("minstens 3 mensen").contains("tot 60 dagen na je laatste bericht")
                .contains("nog 14 dagen dat er een gesprek was").contains("Je laatste vraag: 30 minuten");
        assertThat(notice.full(Language.PL)).contains("7 miesięcy").contains("14 dni");
        assertThat(notice.full(Language.UK)).contains("7 місяців").contains("60 днів");
    }

    @Test
    void theDefaultTextsSayThirteenMonthsAndThirtyDays() throws IOException {
        PrivacyNotice notice = new PrivacyNotice(TEXT, environment(Map.of()));

        assertThat(notice.greeting(Language.NL)).contains("13 maanden lang");
        assertThat(notice.full(Language.EN)).contains("13 months").contains("until 30 days after your last message")
                .contains("for 30 days, only the fact");
        assertThat(notice.full(Language.UK)).contains("13 місяців").contains("30 днів");
        assertThat(notice.full(Language.PL)).contains("13 miesięcy");
    }

    /**
     * A period written into a privacy text by hand would drift from the configuration: only the
     * placeholders may carry numbers (112 is the emergency number, not a period).
     */
    @ParameterizedTest
    @EnumSource(Language.class)
    void noPrivacyTextCarriesAHandWrittenPeriod(Language language) {
        for (String key : new String[] {"start.greeting", "privacy.text", "help.text", "forget.done"}) {
            String raw = TEXT.get(language, key).replace("112", "");
            assertThat(raw).as("%s in %s", key, language).doesNotContainPattern("\\d");
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageNamesEveryPeriod(Language language) throws IOException {
        PrivacyNotice notice = new PrivacyNotice(TEXT, environment(Map.of()));
        String full = notice.full(language);
        for (String value : notice.values(language).values()) {
            assertThat(full).as("%s in %s", value, language).contains(value);
        }
        assertThat(full).doesNotContain("{");
        assertThat(notice.greeting(language)).contains(notice.values(language).get("questions")).contains("/privacy");
    }

    @Test
    void slavicPluralsFollowTheNumber() {
        assertThat(PrivacyNotice.pluralForm(Language.PL, 3)).isEqualTo("few");
        assertThat(PrivacyNotice.pluralForm(Language.PL, 13)).isEqualTo("many");
        assertThat(PrivacyNotice.pluralForm(Language.UK, 21)).isEqualTo("one");
        assertThat(PrivacyNotice.pluralForm(Language.NL, 1)).isEqualTo("one");
    }
}
