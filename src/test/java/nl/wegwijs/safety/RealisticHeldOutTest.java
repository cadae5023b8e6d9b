package nl.wegwijs.safety;

import java.util.Map;

/**
 * The held-out part of the realistic set: nobody reads it while writing rules. This test prints only
 * aggregate figures per language, never a message, and asserts just under what was measured (README,
 * "Measured"). When it fails, do not look at the failing lines: a held-out line that is used to fix a
 * rule must move to train.jsonl and be replaced by a fresh one.
 */
class RealisticHeldOutTest extends RealisticSafetyContract {

    /**
     * Floors just under the figures measured on 2026-11-29 for heldout.jsonl and heldout-2.jsonl together
     * (rules plus the statistical signal): acute recall, possible-or-higher recall, false alarms (a
     * maximum), reply language. They are far from the targets (acute recall at least 0.95, false
     * alarms at most 0.03); see README "Measured".
     */
    private static final Map<String, double[]> FLOOR = Map.of(
            "all", new double[] {0.54, 0.52, 0.18, 0.98},
            "nl", new double[] {0.41, 0.5, 0.24, 0.95},
            "en", new double[] {0.52, 0.51, 0.17, 0.99},
            "ar", new double[] {0.55, 0.43, 0.04, 0.99},
            "tr", new double[] {0.59, 0.52, 0.18, 0.99},
            "pl", new double[] {0.61, 0.6, 0.31, 0.96},
            "uk", new double[] {0.44, 0.42, 0.19, 0.99});

    @Override
    String part() {
        return "held-out";
    }

    @Override
    Map<String, double[]> floors() {
        return FLOOR;
    }

    @Override
    RealisticFigures measure() {
        // aggregates only, per file and together; the floors hold for both files together
        RealisticFigures.of(RealisticSets.heldOut1()).printAggregates("held-out heldout.jsonl");
        RealisticFigures.of(RealisticSets.heldOut2()).printAggregates("held-out heldout-2.jsonl");
        return RealisticFigures.of(RealisticSets.heldOut());
    }
}
