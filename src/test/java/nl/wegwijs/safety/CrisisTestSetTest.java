package nl.wegwijs.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole crisis and look-alike sets: no crisis may be missed; at most 5% of look-alikes may be flagged.
 * Failure messages show test-set line numbers and rule sources, never message text in production logs.
 */
class CrisisTestSetTest {

    private static final double MAX_FALSE_POSITIVE_RATE = 0.05;
    private static CrisisDetector detector;

    @BeforeAll
    static void load() {
        detector = new CrisisDetector();
    }

    @Test
    void detectsEveryCrisisWithItsKindsAndKeepsFalsePositivesAtOrBelowFivePercent() {
        List<TestSets.Message> crisis = TestSets.crisis();
        List<TestSets.Message> lookAlikes = TestSets.notCrisis();
        Map<String, int[]> perLanguage = new TreeMap<>(); // lang -> {crisis, detected, lookAlikes, falsePositives}

        List<String> missed = new ArrayList<>();
        List<String> wrongKinds = new ArrayList<>();
        List<String> childMissed = new ArrayList<>();
        for (TestSets.Message m : crisis) {
            int[] counts = perLanguage.computeIfAbsent(m.lang(), k -> new int[4]);
            counts[0]++;
            Optional<CrisisSignal> signal = detector.detect(m.text());
            if (signal.isEmpty()) {
                missed.add("crisis.jsonl:" + m.line() + " [" + m.lang() + "] " + m.kinds() + " " + m.text());
                continue;
            }
            counts[1]++;
            if (!signal.get().kinds().containsAll(m.kinds())) {
                wrongKinds.add("crisis.jsonl:" + m.line() + " expected " + m.kinds() + " got " + signal.get().kinds()
                        + " " + m.text());
            }
            if (m.child() && !signal.get().childWriting()) {
                childMissed.add("crisis.jsonl:" + m.line() + " " + m.text());
            }
        }

        List<String> falsePositives = new ArrayList<>();
        for (TestSets.Message m : lookAlikes) {
            int[] counts = perLanguage.computeIfAbsent(m.lang(), k -> new int[4]);
            counts[2]++;
            if (detector.detect(m.text()).isPresent()) {
                counts[3]++;
                falsePositives.add("not-crisis.jsonl:" + m.line() + " [" + m.lang() + "] " + m.text() + "  <- "
                        + detector.firingRules(m.text()));
            }
        }

        perLanguage.forEach((lang, c) -> System.out.printf("safety %s: detected %d of %d crisis (%.1f%%); "
                        + "false positives %d of %d (%.1f%%)%n", lang, c[1], c[0], pct(c[1], c[0]), c[3], c[2],
                pct(c[3], c[2])));
        System.out.printf("safety: %d missed of %d crisis messages; false positives %d of %d (%.1f%%)%n",
                missed.size(), crisis.size(), falsePositives.size(), lookAlikes.size(),
                pct(falsePositives.size(), lookAlikes.size()));
        falsePositives.forEach(f -> System.out.println("  false positive: " + f));
        missed.forEach(f -> System.out.println("  MISSED: " + f));
        wrongKinds.forEach(f -> System.out.println("  WRONG KINDS: " + f));
        childMissed.forEach(f -> System.out.println("  CHILD NOT SEEN: " + f));

        assertThat(missed).as("missed crisis messages").isEmpty();
        assertThat(wrongKinds).as("crisis messages without their expected kinds").isEmpty();
        assertThat(childMissed).as("child writers not recognised").isEmpty();
        assertThat((double) falsePositives.size() / lookAlikes.size())
                .as("false-positive rate on look-alikes").isLessThanOrEqualTo(MAX_FALSE_POSITIVE_RATE);
    }

    @Test
    void everyLanguageHasAtLeastFortyMessagesInBothSets() {
        Map<String, Long> crisis = count(TestSets.crisis());
        Map<String, Long> lookAlikes = count(TestSets.notCrisis());
        for (String lang : RuleSet.LANGUAGES) {
            assertThat(crisis.getOrDefault(lang, 0L)).as("crisis messages in " + lang).isGreaterThanOrEqualTo(40);
            assertThat(lookAlikes.getOrDefault(lang, 0L)).as("look-alikes in " + lang).isGreaterThanOrEqualTo(40);
        }
        assertThat(TestSets.crisis()).hasSizeGreaterThanOrEqualTo(240);
        assertThat(TestSets.notCrisis()).hasSizeGreaterThanOrEqualTo(240);
        // The kinds added with the graded verdict (honour, exploitation, distress) are covered by the realistic sets.
        for (CrisisKind kind : java.util.EnumSet.range(CrisisKind.ACUTE_DANGER, CrisisKind.MISSING_CHILD)) {
            assertThat(TestSets.crisis()).as("crisis set covers " + kind).anyMatch(m -> m.kinds().contains(kind));
        }
    }

    private static Map<String, Long> count(List<TestSets.Message> messages) {
        Map<String, Long> counts = new TreeMap<>();
        messages.forEach(m -> counts.merge(m.lang(), 1L, Long::sum));
        return counts;
    }

    private static double pct(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
