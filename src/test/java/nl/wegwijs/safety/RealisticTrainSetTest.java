package nl.wegwijs.safety;

import java.util.Map;

/**
 * The training part of the realistic set, which the rules are tuned on: figures per language, and
 * every line that comes out wrong with its text, so a rule writer sees what to fix.
 */
class RealisticTrainSetTest extends RealisticSafetyContract {

    /** Floors just under the measured figures: acute recall, possible-or-higher recall, false alarms (max), reply language. */
    private static final Map<String, double[]> FLOOR = Map.of(
            "all", new double[] {0.96, 0.94, 0.02, 0.99},
            "nl", new double[] {0.9, 0.94, 0.04, 0.96},
            "en", new double[] {0.91, 0.88, 0.05, 0.97},
            "ar", new double[] {0.95, 0.96, 0.07, 0.97},
            "tr", new double[] {0.93, 0.92, 0.08, 0.96},
            "pl", new double[] {0.93, 0.92, 0.04, 0.97},
            "uk", new double[] {0.96, 0.94, 0.04, 0.96});

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
        figures.misses.forEach(m -> System.out.println("  " + m.what() + ": " + m.message().id() + " [" + m.message().lang()
                + "/" + m.message().variety() + "] " + m.message().text()));
        return figures;
    }
}
