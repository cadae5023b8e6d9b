package nl.wegwijs.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The index leaves out only rules that cannot match: on every text of the training part and both
 * old test sets, every rule that matches (run without the index) is among the message's candidates.
 * And it earns its keep: most rules are left out of most messages.
 */
class RuleIndexTest {

    @Test
    void noRuleThatMatchesIsLeftOut() {
        RuleSet rules = RuleSet.loadDefault();
        List<Rule> all = new ArrayList<>(rules.crisis());
        all.addAll(rules.child());
        all.addAll(rules.safe());
        all.addAll(rules.cues());
        List<String> texts = new ArrayList<>();
        RealisticSets.train().forEach(m -> texts.add(m.text()));
        TestSets.crisis().forEach(m -> texts.add(m.text()));
        TestSets.notCrisis().forEach(m -> texts.add(m.text()));
        texts.add("hij slaat mij. en hij   slaat ... mij!! mijn man zegt dat hij me gaat vermoorden # ik wil dood");
        int matched = 0;
        int missed = 0;
        long candidates = 0;
        List<String> shown = new ArrayList<>();
        for (String text : texts) {
            String normalised = rules.vocabulary().repair(TextNormaliser.text(text));
            RuleIndex.Candidates may = rules.candidates(normalised);
            candidates += may.count();
            for (Rule rule : all) {
                if (rule.pattern().matcher(normalised).find()) {
                    matched++;
                    if (!may.mayMatch(rule)) {
                        missed++;
                        if (shown.size() < 5) {
                            shown.add(rule.source() + " " + rule.starts());
                        }
                    }
                }
            }
        }
        double share = (double) candidates / texts.size() / all.size();
        System.out.printf("rule index: %d rules x %d texts, %d matches, %d left out wrongly %s; %.1f%% of rules run per message%n",
                all.size(), texts.size(), matched, missed, shown, 100 * share);
        assertThat(matched).as("the texts exercise the rules").isGreaterThan(1000);
        assertThat(missed).as("matching rules the index left out").isZero();
        assertThat(share).as("share of rules that still run on a message").isLessThan(0.35);
        long known = all.stream().filter(r -> !r.starts().isEmpty()).count();
        assertThat(known).as("rules with known start strings").isGreaterThan(all.size() * 85L / 100);
    }

    @Test
    void startStringsAreTheFirstThreeLettersEveryMatchBeginsWith() {
        assertThat(FirstLetters.starts("(?:mijn |mn )?(man|vriend)")).contains(Set.of("mij", "mn ", "man", "vri"));
        assertThat(FirstLetters.starts("sla\\w* (?: [^ #]+){0,4} mij")).contains(Set.of("sla"));
        assertThat(FirstLetters.starts("h[io]t\\w*")).contains(Set.of("hit", "hot"));
        assertThat(FirstLetters.starts("a(b|c)*d")).contains(Set.of("ab", "ac", "ad"));
        assertThat(FirstLetters.starts("(?<=x)ab")).contains(Set.of("ab"));
        assertThat(FirstLetters.starts("\\w*يضرب")).isEmpty();
        assertThat(FirstLetters.starts("(man)?")).isEmpty();
        assertThat(FirstLetters.starts("[^ #]+ x")).isEmpty();
    }

    @Test
    void aMessageRunsOnlyTheRulesWhoseStartsBeginOneOfItsWords() {
        RuleSet rules = RuleSet.parse("rules-nl.txt", """
                DOMESTIC_VIOLENCE  (mijn )?man slaat
                SUICIDE_SELF_HARM  ik wil dood
                """);
        Rule hits = rules.crisis().get(0);
        Rule dies = rules.crisis().get(1);
        RuleIndex.Candidates may = rules.candidates(" mijn man is lief ");
        assertThat(may.mayMatch(hits)).isTrue();
        assertThat(may.mayMatch(dies)).isFalse();
        assertThat(rules.candidates(" iemand wil dood ").mayMatch(dies)).isFalse(); // "ik" begins no word
        assertThat(rules.candidates(" ik ben moe ").mayMatch(dies)).isTrue();
    }
}
