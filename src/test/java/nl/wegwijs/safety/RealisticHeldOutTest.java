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
     * Floors just under the figures measured on 2026-11-29 16:40 by the lead after merging the ar/tr/uk situation
     * lexicons tuned on train-5/6 (acute 208/295, false alarms 29/222) onto brief s10a's checkpoint 2: nl/en/pl situations from
     * train-5 and self-check sentences, the ar/tr/uk look-alike guards of e8792da, train-5/6 in the training material, the signal raising none to possible at 0.8 instead of 0.7, which
     * cost some possible-or-higher recall here and there and cut look-alike alarms) for heldout.jsonl to
     * heldout-4.jsonl together (rules plus the statistical signal): acute recall, possible-or-higher recall, false
     * alarms (a maximum), reply language. Far from the targets (acute recall at least 0.95, false alarms at
     * most 0.03); see README "Measured". 2026-11-29 18:35 (brief s11a, checkpoint 1): with train-7/8 in the signal's
     * training material and the ar/tr/uk guards written before those files, acute 207/295, false alarms 29/222; pl and
     * uk lost one acute message each (pl 32/45, uk 40/57), so their floors sit just under that.
     */
    private static final Map<String, double[]> FLOOR = Map.of(
            "all", new double[] {0.70, 0.68, 0.14, 0.99},
            "nl", new double[] {0.67, 0.69, 0.11, 0.97},
            "en", new double[] {0.73, 0.68, 0.12, 0.99},
            "ar", new double[] {0.61, 0.60, 0.09, 0.99},
            "tr", new double[] {0.80, 0.80, 0.11, 0.99},
            "pl", new double[] {0.70, 0.68, 0.16, 0.97},
            "uk", new double[] {0.70, 0.66, 0.24, 0.99});

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
