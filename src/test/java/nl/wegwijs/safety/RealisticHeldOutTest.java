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
     * Floors just under the figures measured on 2026-11-29 (issue 9, checkpoint after the situation lexicons
     * for nl, en, pl and train-3/4 in the training material) for heldout.jsonl to heldout-4.jsonl together
     * (rules plus the statistical signal): acute recall, possible-or-higher recall, false alarms (a maximum),
     * reply language. Far from the targets (acute recall at least 0.95, false alarms at most 0.03);
     * see README "Measured".
     */
    private static final Map<String, double[]> FLOOR = Map.of(
            // false alarms 0.15: 32/222 after the ar/tr/uk lexicons tuned on train-5/6 (was 30/222; acute 202/295, was 195)
            "all", new double[] {0.65, 0.68, 0.15, 0.98},
            "nl", new double[] {0.61, 0.7, 0.17, 0.97},
            "en", new double[] {0.73, 0.72, 0.12, 0.99},
            "ar", new double[] {0.59, 0.59, 0.09, 0.99},
            "tr", new double[] {0.72, 0.79, 0.14, 0.99},
            "pl", new double[] {0.68, 0.67, 0.19, 0.97},
            "uk", new double[] {0.64, 0.66, 0.24, 0.99});

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
        for (String file : RealisticSets.HELD_OUT) {
            RealisticFigures.of(RealisticSets.heldOut(file)).printAggregates("held-out " + file);
        }
        return RealisticFigures.of(RealisticSets.heldOut());
    }
}
