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
     * Floors just under the figures measured on 2026-11-29 (one message's worth below): acute recall,
     * possible-or-higher recall, false alarms (a maximum), reply language. They are far from the issue's
     * targets (acute recall at least 0.95, false alarms at most 0.03): the rules were tuned on the
     * training part and generalise poorly; see README "Measured".
     */
    private static final Map<String, double[]> FLOOR = Map.of(
            "all", new double[] {0.54, 0.44, 0.16, 0.95},
            "nl", new double[] {0.44, 0.4, 0.16, 0.81},
            "en", new double[] {0.38, 0.45, 0.22, 0.88},
            "ar", new double[] {0.65, 0.5, 0.16, 0.94},
            "tr", new double[] {0.53, 0.38, 0.2, 0.9},
            "pl", new double[] {0.58, 0.48, 0.34, 0.87},
            "uk", new double[] {0.35, 0.25, 0.24, 0.9});

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
        RealisticFigures figures = RealisticFigures.of(RealisticSets.heldOut());
        return figures;
    }
}
