package nl.wegwijs.safety;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * A measuring tool, not a check: the figures of the current rules on training files named with
 * {@code -Dsafety.probe=train-3.jsonl,train-4.jsonl}, e.g. fresh material before anyone tunes on it (an
 * honest out-of-sample figure, README "Measured"). Aggregates only, unless {@code -Dsafety.probe.texts=true}
 * (only once the file is training material); {@code -Dsafety.probe.rules=true} (or {@code rulesOnly}) measures the rules
 * without the signal (which has learnt every file in training/files.txt, so only the rules alone show what unseen
 * writers would meet); {@code -Dsafety.probe.langs=ar,tr} only those languages. Skipped without the property.
 *
 * <p>{@code mvn -o -q test -Dtest=RealisticProbe -Dsafety.probe=train-3.jsonl,train-4.jsonl}
 */
class RealisticProbe {

    @Test
    void measure() {
        String files = System.getProperty("safety.probe", "");
        assumeTrue(!files.isBlank(), "no -Dsafety.probe");
        boolean texts = Boolean.getBoolean("safety.probe.texts");
        // -Dsafety.probe.rules=true: the rules alone, as on unseen writers (the signal has learnt every training file)
        boolean rulesOnly = Boolean.getBoolean("safety.probe.rules") || Boolean.getBoolean("safety.probe.rulesOnly");
        SafetyCheck safety = rulesOnly
                ? new SafetyCheck(new CrisisDetector(RuleSet.loadDefault()), new EmergencyReplies()) : new SafetyCheck();
        CrisisDetector rules = new CrisisDetector(RuleSet.loadDefault());
        String langs = System.getProperty("safety.probe.langs", "");
        for (String file : files.split(",")) {
            var messages = RealisticSets.trainingFile(file.strip()).stream()
                    .filter(m -> langs.isBlank() || java.util.List.of(langs.split(",")).contains(m.lang())).toList();
            RealisticFigures figures = RealisticFigures.of(messages, safety);
            figures.printAggregates("probe " + file.strip());
            if (texts) {
                figures.misses.forEach(m -> System.out.println("  " + m.what() + ": " + m.message().id() + " ["
                        + m.message().lang() + "/" + m.message().variety() + "] " + m.message().text()
                        + (m.message().level() == RealisticSets.Level.NONE ? "  <- " + rules.firingRules(m.message().text()) : "")));
            }
        }
    }
}
