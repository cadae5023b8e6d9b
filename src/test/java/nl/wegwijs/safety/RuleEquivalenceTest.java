package nl.wegwijs.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rules as they run ({@link RuleCompiler#compile}: a first-letter look-ahead, possessive gap
 * words) find exactly what the rules as written find ({@link RuleCompiler#compilePlain}): for every
 * rule of every language and every text of the training part and both old test sets, the same
 * matches in the two ways the detector looks for them (successive matches for look-alike spans,
 * and a match from every earlier match's start plus one for crisis rules). So the speed-up cannot
 * change a verdict, whatever the rules files say.
 */
class RuleEquivalenceTest {

    @Test
    void theTunedRulesFindExactlyWhatThePlainRulesFind() {
        RuleSet tuned = RuleSet.loadDefault();
        RuleSet plain = RuleSet.loadDefault(RuleCompiler::compilePlain);
        List<Rule> fast = all(tuned);
        List<Rule> reference = all(plain);
        assertThat(fast).hasSameSizeAs(reference);
        List<String> texts = new ArrayList<>();
        RealisticSets.train().forEach(m -> texts.add(m.text()));
        TestSets.crisis().forEach(m -> texts.add(m.text()));
        TestSets.notCrisis().forEach(m -> texts.add(m.text()));
        texts.add("hij slaat mij. en hij   slaat ... mij!! mijn man zegt dat hij me gaat vermoorden # ik wil dood");
        texts.add("we hebben een vraag over school en de opvang van de kinderen. ".repeat(70).substring(0, 4000));
        int differences = 0;
        int matched = 0;
        List<String> shown = new ArrayList<>();
        for (String text : texts) {
            String normalised = tuned.vocabulary().repair(TextNormaliser.text(text));
            for (int i = 0; i < fast.size(); i++) {
                Pattern expected = reference.get(i).pattern();
                Pattern actual = fast.get(i).pattern();
                String want = matches(expected, normalised);
                String got = matches(actual, normalised);
                if (!want.isEmpty()) {
                    matched++;
                }
                if (!want.equals(got)) {
                    differences++;
                    if (shown.size() < 5) {
                        shown.add(fast.get(i).source() + ": " + want + " vs " + got);
                    }
                }
            }
        }
        System.out.printf("rule equivalence: %d rules x %d texts, %d rule matches, %d differences %s%n",
                fast.size(), texts.size(), matched, differences, shown);
        assertThat(matched).as("the texts exercise the rules").isGreaterThan(1000);
        assertThat(differences).as("rules whose tuned form finds other matches than the plain form").isZero();
        long guarded = fast.stream().filter(r -> r.pattern().pattern().startsWith("(?=[")).count();
        assertThat(guarded).as("rules with a first-letter look-ahead").isGreaterThan(fast.size() * 85L / 100);
    }

    @Test
    void theLookaheadIsLeftOutWhereTheFirstLetterIsNotLimited() {
        assertThat(FirstLetters.lookahead("(?:mijn |mn )?(man|vriend)")).isEqualTo("(?=[\\x{6d}\\x{76}])");
        assertThat(FirstLetters.lookahead("\\w*يضرب")).isEmpty();
        assertThat(FirstLetters.lookahead("(man)?")).isEmpty();
        assertThat(FirstLetters.lookahead("[^ #]+ x")).isEmpty();
        assertThat(FirstLetters.lookahead("(?<=a)b|c")).isEqualTo("(?=[\\x{62}-\\x{63}])");
        assertThat(FirstLetters.lookahead("1[0-2]\\d")).isEqualTo("(?=[\\x{31}])");
    }

    /** Successive matches (as look-alike spans are found), then a match from each match's start plus one (crisis rules). */
    private static String matches(Pattern pattern, String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return "";
        }
        do {
            out.append(m.start()).append('-').append(m.end()).append(' ');
        } while (m.find());
        out.append('|');
        int from = 0;
        while (from < text.length() && m.find(from)) {
            out.append(' ').append(m.start()).append('-').append(m.end());
            from = m.start() + 1;
        }
        return out.toString();
    }

    private static List<Rule> all(RuleSet rules) {
        List<Rule> all = new ArrayList<>(rules.crisis());
        all.addAll(rules.child());
        all.addAll(rules.safe());
        all.addAll(rules.cues());
        return all;
    }
}
