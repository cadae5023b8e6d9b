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
     * uk lost one acute message each (pl 32/45, uk 40/57), so their floors sit just under that. 2026-11-29 18:50 (brief s11b, checkpoint 2): nl/en/pl rules from
     * self-check sentences and train-8: acute 214/295, false alarms 28/222; nl 38/53, 2/37; en 28/34, 3/26; pl 34/45,
     * 6/33 (one more Polish look-alike alarm than before, so the pl maximum is 0.19). Brief s11a checkpoint 2 (19:15,
     * after tuning ar/tr/uk on train-7): ar 43/65 with 5/49 false alarms, tr 34/41, uk 42/57 with 10/39: the ar and uk
     * false-alarm maxima rose by one look-alike each. Both merged, with the
     * rule index (19:30, lead): acute 220/295 (74.6%), possible+ 327/444, false alarms 30/222 (23 full), reply language
     * 293/295; nl 39/53 2/37; en 28/34 3/26; ar 43/65 5/49; tr 34/41 4/38; pl 34/45 6/33; uk 42/57 10/39.
     * 2026-11-29 20:40 (brief s12a, checkpoint 1): train-9/10 in the signal's training material, rules untouched: acute
     * 223/295, possible+ 330/444, false alarms 30/222 (23 full); tr possible+ fell to 48/58, so its floor is 0.82.
     * 2026-11-29 21:35 (brief s12a, checkpoint 2): ar/tr/uk rules tuned on train-9 with look-alikes and cue fixes:
     * acute 224/295, possible+ 329/444, false alarms 26/222 (19 full); ar 44/65 4/49; uk 42/57 7/39 with possible+ 59/84
     * (was 61/84), so the uk possible+ floor is 0.70 and the false-alarm maxima fall (all 0.12, ar 0.09, uk 0.18).
     * 2026-11-29 21:00 (brief s12learn, checkpoint 1: the same rules, the linear signal instead of the kNN): acute 237/295
     * (80.3%), possible+ 349/444, false alarms 31/222 (23 full), reply language 309/312; nl 44/53 2/37 (reply language
     * 54/56); en 30/34 3/26; ar 44/65 5/49; tr 35/41 4/38; pl 38/45 6/33; uk 46/57 11/39: one more uk look-alike alarm and
     * two nl emergency replies in another language (a raise by the signal takes its language from the danger words).
     * 2026-11-29 21:50 (brief s12a, checkpoint 3: both merged, the linear signal and the ar/tr/uk rules): acute 236/295
     * (80.0%), possible+ 342/444, false alarms 26/222 (19 full), reply language 304/307; nl 44/53 2/37; en 30/34 3/26;
     * ar 44/65 4/49; tr 35/41 4/38; pl 38/45 6/33; uk 45/57 7/39.
     * Brief s12b checkpoint 2 (21:10, kNN signal, nl/en/pl look-alike guards written from the languages and a layer tuned on
     * train-10): acute 221/295, false alarms 27/222 (20 full); nl 39/53 1/37; en 28/34 2/26; pl 35/45 5/33.
     * Brief s12b checkpoint 3 (21:43, the linear signal and the nl/en/pl rules of ac5f61c): acute 238/295, possible+ 351/444,
     * false alarms 28/222 (20 full); nl 44/53 1/37; en 30/34 2/26; pl 39/45 (possible+ 58/68) 5/33;
     * the floors are brief s12a's: the linear signal learns from the FAQ phrasings, which kept changing
     * after checkpoint 3, and a floor one message under a figure nobody re-measured would break main.
     */
    private static final Map<String, double[]> FLOOR = Map.of(
            "all", new double[] {0.82, 0.78, 0.10, 0.98},
            "nl", new double[] {0.86, 0.86, 0.06, 0.95},
            "en", new double[] {0.88, 0.82, 0.08, 0.99},
            "ar", new double[] {0.75, 0.70, 0.09, 0.99},
            "tr", new double[] {0.81, 0.79, 0.10, 0.98},
            "pl", new double[] {0.83, 0.79, 0.11, 0.97},
            "uk", new double[] {0.80, 0.74, 0.15, 0.98});

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
