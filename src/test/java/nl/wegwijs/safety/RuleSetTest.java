package nl.wegwijs.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RuleSetTest {

    @Test
    void loadsTheRulesOfEveryLanguage() {
        RuleSet rules = RuleSet.loadDefault();
        for (String lang : RuleSet.LANGUAGES) {
            assertThat(rules.crisis()).as("crisis rules for " + lang)
                    .anyMatch(r -> r.source().startsWith("safety/rules-" + lang + ".txt"));
            assertThat(rules.child()).as("child-writer rules for " + lang)
                    .anyMatch(r -> r.source().startsWith("safety/rules-" + lang + ".txt"));
        }
        for (CrisisKind kind : CrisisKind.values()) {
            assertThat(rules.crisis()).as("rules for " + kind).anyMatch(r -> r.kinds().contains(kind));
        }
        assertThat(rules.vocabulary().size()).isGreaterThan(100);
    }

    @Test
    void aBrokenRuleNamesItsFileAndLine() {
        assertThatThrownBy(() -> RuleSet.parse("test.txt", "# comment\nSUICIDE_SELF_HARM  (unclosed"))
                .hasMessageContaining("test.txt:2");
        assertThatThrownBy(() -> RuleSet.parse("test.txt", "SUICIDE_SELF_HARM  @nope"))
                .hasMessageContaining("unknown definition @nope");
        assertThatThrownBy(() -> RuleSet.parse("test.txt", "SAFE,CHILD  iets"))
                .hasMessageContaining("test.txt:1");
    }

    @Test
    void definitionsGapsAndWordNormalisationWorkTogether() {
        RuleSet rules = RuleSet.parse("test.txt", """
                @partner = (mąż|chłopak)
                DOMESTIC_VIOLENCE  @partner ~ bije
                SAFE  bije ~ rekordy
                """);
        CrisisDetector detector = new CrisisDetector(rules);
        assertThat(detector.detect("maz znowu mnie bardzo bije")).isPresent();
        assertThat(detector.detect("maz. bije")).as("a gap never crosses a sentence end").isEmpty();
        assertThat(detector.detect("chlopak bije rekordy")).as("look-alike").isEmpty();
    }
}
