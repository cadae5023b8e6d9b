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
     * Floors just under the figures measured on 2026-11-29 23:22 by the lead on heldout-5.jsonl, the one held-out
     * file left after the four older ones moved to the training material (train-h1 to train-h4, see the README of
     * src/test/resources/safety/realistic/): acute recall, possible-or-higher recall, false alarms (a maximum), reply
     * language. all 112/134 acute, 157/201 possible+, 7/103 false alarms, 130/135 reply language; nl 21/23 2/18; en
     * 16/18 1/13; ar 25/28 2/24; tr 15/20 1/15; pl 14/20 0/15; uk 21/25 1/18. Far from the targets (acute
     * recall at least 0.95, false alarms at most 0.03); see README "Measured".
     */
    private static final Map<String, double[]> FLOOR = Map.of(
            "all", new double[] {0.83, 0.78, 0.07, 0.96},
            "nl", new double[] {0.91, 0.88, 0.12, 0.92},
            "en", new double[] {0.88, 0.88, 0.08, 0.99},
            "ar", new double[] {0.89, 0.80, 0.09, 0.99},
            "tr", new double[] {0.74, 0.69, 0.07, 0.94},
            "pl", new double[] {0.69, 0.63, 0.01, 0.92},
            "uk", new double[] {0.83, 0.75, 0.06, 0.95});

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
