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
     * Floors just under the figures measured on 2026-11-30 01:32 by the lead on heldout-5.jsonl, heldout-6.jsonl and
     * heldout-7.jsonl together (the last two written this session after the four older held-out files moved to the
     * training material; measured once, here, with everything of the session merged): acute recall, possible-or-higher
     * recall, false alarms (a maximum), reply language. all 349/390 acute, 502/583 possible+, 30/323 false alarms (25
     * full), 420/426 reply language; nl 62/66 4/55; en 49/52 3/42; ar 69/84 9/72; tr 52/58 4/48; pl 54/58 5/48; uk
     * 63/72 5/58. Short of the targets (acute recall at least 0.95, false alarms at most 0.03); README "Measured".
     */
    private static final Map<String, double[]> FLOOR = Map.of(
            "all", new double[] {0.89, 0.86, 0.095, 0.98},
            "nl", new double[] {0.93, 0.92, 0.08, 0.97},
            "en", new double[] {0.94, 0.91, 0.08, 0.98},
            "ar", new double[] {0.82, 0.78, 0.13, 0.99},
            "tr", new double[] {0.89, 0.86, 0.09, 0.98},
            "pl", new double[] {0.93, 0.88, 0.11, 0.99},
            "uk", new double[] {0.87, 0.83, 0.09, 0.97});

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
        // aggregates only, per file and together; the floors hold for all held-out files together
        for (String file : RealisticSets.HELD_OUT) {
            RealisticFigures.of(RealisticSets.heldOut(file)).printAggregates("held-out " + file);
        }
        return RealisticFigures.of(RealisticSets.heldOut());
    }
}
