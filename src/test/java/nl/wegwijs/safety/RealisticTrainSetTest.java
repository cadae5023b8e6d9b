package nl.wegwijs.safety;

import java.util.Map;

/**
 * The training part of the realistic set, which the rules are tuned on: figures per language, and
 * every line that comes out wrong with its text, so a rule writer sees what to fix.
 */
class RealisticTrainSetTest extends RealisticSafetyContract {

    /**
     * Floors just under the measured figures (train.jsonl, on which the rules were tuned, plus train-2.jsonl,
     * written later and not yet used for rules): acute recall, possible-or-higher recall, false alarms (max),
     * reply language.
     */
    private static final Map<String, double[]> FLOOR = Map.of(
            "all", new double[] {0.72, 0.72, 0.06, 0.99},
            "nl", new double[] {0.61, 0.63, 0.03, 0.97},
            "en", new double[] {0.79, 0.75, 0.07, 0.98},
            "ar", new double[] {0.67, 0.67, 0.08, 0.98},
            "tr", new double[] {0.72, 0.71, 0.1, 0.98},
            "pl", new double[] {0.79, 0.81, 0.07, 0.98},
            "uk", new double[] {0.74, 0.76, 0.08, 0.98});

    @Override
    String part() {
        return "train";
    }

    @Override
    Map<String, double[]> floors() {
        return FLOOR;
    }

    @Override
    RealisticFigures measure() {
        RealisticFigures figures = RealisticFigures.of(RealisticSets.train());
        // The training part may be read: every miss with its text, so a rule writer sees what to fix.
        CrisisDetector rules = new CrisisDetector(RuleSet.loadDefault());
        figures.misses.forEach(m -> System.out.println("  " + m.what() + ": " + m.message().id() + " [" + m.message().lang()
                + "/" + m.message().variety() + "] " + m.message().text()
                + (m.message().level() == RealisticSets.Level.NONE ? "  <- " + rules.firingRules(m.message().text()) : "")));
        return figures;
    }
}
