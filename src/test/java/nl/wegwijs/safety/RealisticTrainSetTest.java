package nl.wegwijs.safety;

import java.util.Map;

/**
 * The training part of the realistic set, which the rules are tuned on: figures per language, and
 * every line that comes out wrong with its text, so a rule writer sees what to fix.
 */
class RealisticTrainSetTest extends RealisticSafetyContract {

    /**
     * Floors just under the measured figures (train.jsonl to train-4.jsonl, on which the rules were tuned,
     * plus train-5.jsonl and train-6.jsonl, added 2026-11-29 right after their out-of-sample measurement and
     * before tuning on them; nl, en, pl then tuned on train-5), plus train-7.jsonl and train-8.jsonl, added
     * 2026-11-29 18:10 right after their out-of-sample measurement and before anyone tuned on them, plus train-9.jsonl and
     * train-10.jsonl, added 2026-11-29 20:30 the same way (so these floors hold 545 untuned lines; raise them as the
     * rules learn the new situations), plus train-h1.jsonl to train-h4.jsonl, the four older held-out files, moved here
     * unread on 2026-11-29 23:20 (fresh held-out files replace them): acute recall, possible-or-higher
     * recall, false alarms (max), reply language.
     */
    private static final Map<String, double[]> FLOOR = Map.of(
            "all", new double[] {0.92, 0.89, 0.025, 0.99},
            "nl", new double[] {0.94, 0.89, 0.04, 0.98},
            "en", new double[] {0.94, 0.91, 0.031, 0.99},
            "ar", new double[] {0.88, 0.85, 0.048, 0.99},
            "tr", new double[] {0.93, 0.93, 0.039, 0.97},
            "pl", new double[] {0.92, 0.91, 0.029, 0.99},
            "uk", new double[] {0.93, 0.89, 0.04, 0.99});

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
