package nl.wegwijs.safety;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * A measuring tool, not a check: the figures of the current rules on training files named with
 * {@code -Dsafety.probe=train-3.jsonl,train-4.jsonl}, e.g. fresh material before anyone tunes on it (an
 * honest out-of-sample figure, README "Measured"). Aggregates only, unless {@code -Dsafety.probe.texts=true}
 * (only once the file is training material), with {@code -Dsafety.probe.rulesOnly=true} the rules without the signal and
 * {@code -Dsafety.probe.langs=ar,tr} only those languages. Skipped without the property.
 *
 * <p>{@code mvn -o -q test -Dtest=RealisticProbe -Dsafety.probe=train-3.jsonl,train-4.jsonl}
 */
class RealisticProbe {

    @Test
    void measure() {
        String files = System.getProperty("safety.probe", "");
        assumeTrue(!files.isBlank(), "no -Dsafety.probe");
        boolean texts = Boolean.getBoolean("safety.probe.texts");
        CrisisDetector rules = new CrisisDetector(RuleSet.loadDefault());
        String langs = System.getProperty("safety.probe.langs", "");
        for (String file : files.split(",")) {
            var messages = RealisticSets.trainingFile(file.strip()).stream()
                    .filter(m -> langs.isBlank() || java.util.List.of(langs.split(",")).contains(m.lang())).toList();
            RealisticFigures figures = Boolean.getBoolean("safety.probe.rulesOnly")
                    ? RealisticFigures.of(messages, m -> rules.assess(m.text()))
                    : RealisticFigures.of(messages);
            figures.printAggregates("probe " + file.strip());
            if (texts) {
                figures.misses.forEach(m -> System.out.println("  " + m.what() + ": " + m.message().id() + " ["
                        + m.message().lang() + "/" + m.message().variety() + "] " + m.message().text()
                        + (m.message().level() == RealisticSets.Level.NONE ? "  <- " + rules.firingRules(m.message().text()) : "")));
            }
        }
    }
}
