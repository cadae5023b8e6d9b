package nl.wegwijs.safety;

import java.util.Map;

/**
 * The training part of the realistic set, which the rules are tuned on: figures per language, and
 * every line that comes out wrong with its text, so a rule writer sees what to fix.
 */
class RealisticTrainSetTest extends RealisticSafetyContract {

    /**
     * Floors just under the measured figures (train.jsonl and train-2.jsonl, on which the rules were tuned,
     * plus train-3.jsonl and train-4.jsonl, added 2026-11-29 before tuning on them): acute recall,
     * possible-or-higher recall, false alarms (max), reply language.
     */
    private static final Map<String, double[]> FLOOR = Map.of(
            "all", new double[] {0.8, 0.78, 0.07, 0.99},
            "nl", new double[] {0.89, 0.87, 0.04, 0.99},
            "en", new double[] {0.99, 0.96, 0.03, 0.99},
            "ar", new double[] {0.66, 0.62, 0.1, 0.99},
            "tr", new double[] {0.71, 0.66, 0.09, 0.99},
            "pl", new double[] {0.98, 0.97, 0.03, 0.99},
            "uk", new double[] {0.7, 0.7, 0.1, 0.99});

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
