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
     * Floors for heldout.jsonl to heldout-4.jsonl together (rules plus the statistical signal): acute
     * recall, possible-or-higher recall, false alarms (a maximum), reply language. PROVISIONAL (2026-11-29,
     * while heldout-3/4 were wired in): set well under the expected figures without a measuring run, so the
     * held-out aggregates are not read more often than the checkpoints allow; the checkpoint at the end of
     * issue 9's work sets them just under the measured figures. Far from the targets (acute recall
     * at least 0.95, false alarms at most 0.03); see README "Measured".
     */
    private static final Map<String, double[]> FLOOR = Map.of(
            "all", new double[] {0.40, 0.40, 0.25, 0.95},
            "nl", new double[] {0.30, 0.30, 0.35, 0.90},
            "en", new double[] {0.30, 0.30, 0.35, 0.90},
            "ar", new double[] {0.30, 0.30, 0.35, 0.90},
            "tr", new double[] {0.30, 0.30, 0.35, 0.90},
            "pl", new double[] {0.30, 0.30, 0.35, 0.90},
            "uk", new double[] {0.30, 0.30, 0.35, 0.90});

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
