package nl.wegwijs.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Generalisation to new writers: leave-one-file-out cross-validation over the training files. Each file was
 * written by other hands, so a signal trained on all files but one and judged on that one meets writers it
 * never read. The rules were tuned on every file, so "rules alone" flatters the rules; what this measures
 * honestly is what the SIGNAL adds or costs on the left-out file (rules + signal against rules alone).
 *
 * <p>The rules read each message once ({@link CrisisDetector#readRules}); each learner reads each left-out
 * message once; thresholds are then tried on those readings. {@code -Dsafety.cv.sweep=true} compares the
 * learners and prints the threshold grid, which is how {@link SafetySignal#train}'s learner and
 * {@link CrisisDetector.SignalUse}'s thresholds were chosen (README of safety, "Measured").
 *
 * <p>{@code mvn -o -q test -Dtest=SignalLeaveOneFileOutTest [-Dsafety.cv.sweep=true]}
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignalLeaveOneFileOutTest {

    /** A way to train a signal, by name. */
    record Learner(String name, Function<List<SafetySignal.Example>, SafetySignal> train) {
    }

    /** Thresholds as in {@link CrisisDetector.SignalUse}. */
    record Use(double possibleAt, double acuteAt, double noneToAcuteAt, double temperBelow, double bareAt, double bareAcuteAt) {
        CrisisDetector.SignalUse with(SafetySignal signal) {
            return new CrisisDetector.SignalUse(signal, possibleAt, acuteAt, bareAt, noneToAcuteAt, temperBelow, bareAcuteAt);
        }

        static final Use CHOSEN = new Use(CrisisDetector.SignalUse.POSSIBLE_AT, CrisisDetector.SignalUse.ACUTE_AT,
                CrisisDetector.SignalUse.NONE_TO_ACUTE_AT, CrisisDetector.SignalUse.TEMPER_BELOW,
                CrisisDetector.SignalUse.BARE_AT, CrisisDetector.SignalUse.BARE_ACUTE_AT);
    }

    static final Learner CHOSEN = new Learner("chosen", SafetySignal::train);

    private RuleSet rules;
    private CrisisDetector rulesOnly;
    private final Map<String, List<RealisticSets.Message>> files = new LinkedHashMap<>();
    /** Files not (yet) in files.txt, named by -Dsafety.cv.fresh: the rules were not tuned on them either. */
    private final Map<String, List<RealisticSets.Message>> fresh = new LinkedHashMap<>();
    private final Map<RealisticSets.Message, CrisisDetector.RuleReading> ruleReadings = new IdentityHashMap<>();
    private final Map<String, CrisisDetector.RuleReading> ordinary = new LinkedHashMap<>();
    private final Map<String, RealisticFigures> combined = new LinkedHashMap<>();
    private final Map<String, RealisticFigures> alone = new LinkedHashMap<>();

    @BeforeAll
    void measure() {
        rules = RuleSet.loadDefault();
        rulesOnly = new CrisisDetector(rules, null);
        for (String resource : SafetySignal.trainingFiles()) {
            String file = resource.substring(resource.lastIndexOf('/') + 1);
            files.put(file, RealisticSets.trainingFile(file));
        }
        // -Dsafety.cv.lofo.extra: files not (yet) in files.txt that join the leave-one-file-out rounds (learners compared at
        // fixed rules over every file, the rules untuned on these)
        for (String file : System.getProperty("safety.cv.lofo.extra", "").split(",")) {
            if (!file.isBlank()) {
                files.put(file.strip(), RealisticSets.trainingFile(file.strip()));
            }
        }
        for (String file : System.getProperty("safety.cv.fresh", "").split(",")) {
            if (!file.isBlank() && !files.containsKey(file.strip())) {
                fresh.put(file.strip(), RealisticSets.trainingFile(file.strip()));
            }
        }
        files.values().forEach(list -> list.forEach(m -> ruleReadings.put(m, rulesOnly.readRules(m.text()))));
        fresh.values().forEach(list -> list.forEach(m -> ruleReadings.put(m, rulesOnly.readRules(m.text()))));
        OrdinaryQuestionsTest.turns().forEach(t -> ordinary.put(t, rulesOnly.readRules(t)));

        Map<RealisticSets.Message, SafetySignal.Reading> readings = leaveOneFileOut(CHOSEN);
        CrisisDetector detector = new CrisisDetector(rules, Use.CHOSEN.with(null));
        RealisticFigures totalCombined = RealisticFigures.empty();
        RealisticFigures totalAlone = RealisticFigures.empty();
        files.forEach((file, messages) -> {
            RealisticFigures withSignal = RealisticFigures.of(messages, m -> detector.combine(ruleReadings.get(m), readings.get(m)));
            RealisticFigures rulesAlone = RealisticFigures.of(messages, m -> rulesOnly.combine(ruleReadings.get(m), null));
            combined.put(file, withSignal);
            alone.put(file, rulesAlone);
            totalCombined.add(withSignal);
            totalAlone.add(rulesAlone);
            System.out.println("safety leave-one-file-out, rules alone:    " + rulesAlone.get(RealisticFigures.ALL).line(file));
            System.out.println("safety leave-one-file-out, rules + signal: " + withSignal.get(RealisticFigures.ALL).line(file));
        });
        combined.put(RealisticFigures.ALL, totalCombined);
        alone.put(RealisticFigures.ALL, totalAlone);
        totalAlone.printAggregates("leave-one-file-out all files, rules alone");
        totalCombined.printAggregates("leave-one-file-out all files, rules + signal");
        if (!fresh.isEmpty()) {
            SafetySignal all = CHOSEN.train().apply(everything());
            fresh.forEach((file, messages) -> {
                RealisticFigures.of(messages, m -> rulesOnly.combine(ruleReadings.get(m), null))
                        .printAggregates("fresh " + file + " (out of sample), rules alone");
                RealisticFigures.of(messages, m -> detector.combine(ruleReadings.get(m), all.read(m.text())))
                        .printAggregates("fresh " + file + " (out of sample), rules + signal");
            });
        }
        if (Boolean.getBoolean("safety.cv.sweep")) {
            sweep();
        }
    }

    /** Each message read by a signal trained on every file but its own. */
    private Map<RealisticSets.Message, SafetySignal.Reading> leaveOneFileOut(Learner learner) {
        Map<RealisticSets.Message, SafetySignal.Reading> readings = new IdentityHashMap<>();
        files.forEach((file, messages) -> {
            List<RealisticSets.Message> learn = new ArrayList<>();
            files.forEach((other, list) -> {
                if (!other.equals(file)) {
                    learn.addAll(list);
                }
            });
            SafetySignal signal = learner.train().apply(SignalCrossValidationTest.examples(learn));
            messages.forEach(m -> readings.put(m, signal.read(m.text())));
        });
        return readings;
    }

    /** Counts without the reply language (which needs the slow language detector), for the grid. */
    record Tally(int acute, int acuteCaught, int worrying, int worryingCaught, int none, int noneAlarm, int noneFull,
            int ordinaryAlarms) {
        String line() {
            return String.format(Locale.ROOT, "acute %d/%d (%.1f%%) possible+ %d/%d (%.1f%%) false alarms %d/%d (%.1f%%) full %d; ordinary questions %d",
                    acuteCaught, acute, 100.0 * acuteCaught / acute, worryingCaught, worrying, 100.0 * worryingCaught / worrying,
                    noneAlarm, none, 100.0 * noneAlarm / none, noneFull, ordinaryAlarms);
        }
    }

    private List<SafetySignal.Example> everything() {
        List<SafetySignal.Example> everything = new ArrayList<>();
        files.values().forEach(list -> everything.addAll(SignalCrossValidationTest.examples(list)));
        return everything;
    }

    private Tally tally(CrisisDetector detector, Map<String, List<RealisticSets.Message>> set,
            Map<RealisticSets.Message, SafetySignal.Reading> readings, Map<String, SafetySignal.Reading> ordinaryReadings) {
        int acute = 0, acuteCaught = 0, worrying = 0, worryingCaught = 0, none = 0, noneAlarm = 0, noneFull = 0;
        for (List<RealisticSets.Message> messages : set.values()) {
            for (RealisticSets.Message m : messages) {
                SafetyVerdict v = detector.combine(ruleReadings.get(m), readings == null ? null : readings.get(m));
                boolean full = v instanceof SafetyVerdict.Acute;
                switch (m.level()) {
                    case ACUTE -> {
                        acute++;
                        worrying++;
                        acuteCaught += full ? 1 : 0;
                        worryingCaught += v.worrying() ? 1 : 0;
                    }
                    case POSSIBLE -> {
                        worrying++;
                        worryingCaught += v.worrying() ? 1 : 0;
                    }
                    case NONE -> {
                        none++;
                        noneAlarm += v.worrying() ? 1 : 0;
                        noneFull += full ? 1 : 0;
                    }
                }
            }
        }
        int ordinaryAlarms = 0;
        for (Map.Entry<String, CrisisDetector.RuleReading> turn : ordinary.entrySet()) {
            ordinaryAlarms += detector.combine(turn.getValue(),
                    ordinaryReadings == null ? null : ordinaryReadings.get(turn.getKey())).worrying() ? 1 : 0;
        }
        return new Tally(acute, acuteCaught, worrying, worryingCaught, none, noneAlarm, noneFull, ordinaryAlarms);
    }

    /** The learners compared, each with the threshold grid. */
    static List<Learner> candidates() {
        List<Learner> learners = new ArrayList<>();
        learners.add(new Learner("knn k=10 3-5", e -> NeighbourSignal.train(e, NeighbourSignal.Settings.DEFAULT)));
        learners.add(new Learner("knn k=5 3-5", e -> NeighbourSignal.train(e, new NeighbourSignal.Settings(NeighbourSignal.Method.NEIGHBOURS, 5, 300, 3, 5))));
        learners.add(new Learner("knn k=20 3-5", e -> NeighbourSignal.train(e, new NeighbourSignal.Settings(NeighbourSignal.Method.NEIGHBOURS, 20, 300, 3, 5))));
        learners.add(new Learner("knn k=10 2-5", e -> NeighbourSignal.train(e, new NeighbourSignal.Settings(NeighbourSignal.Method.NEIGHBOURS, 10, 300, 2, 5))));
        learners.add(new Learner("bm25-bayes 3-5", e -> NeighbourSignal.train(e, new NeighbourSignal.Settings(NeighbourSignal.Method.BM25_BAYES, 10, 300, 3, 5))));
        learners.add(new Learner("naive-bayes 3-5", e -> NeighbourSignal.train(e, new NeighbourSignal.Settings(NeighbourSignal.Method.NAIVE_BAYES, 10, 300, 3, 5))));
        learners.add(new Learner("linear 2-5 e5", e -> LinearSignal.train(e, LinearSignal.Settings.DEFAULT)));
        learners.add(new Learner("linear 3-5 e5", e -> LinearSignal.train(e, new LinearSignal.Settings(3, 5, 5, 1.0))));
        learners.add(new Learner("linear 2-5 e10", e -> LinearSignal.train(e, new LinearSignal.Settings(2, 5, 10, 1.0))));
        learners.add(new Learner("linear 2-5 e3 r0.5", e -> LinearSignal.train(e, new LinearSignal.Settings(2, 5, 3, 0.5))));
        List<SafetySignal.Example> faq8 = SafetySignal.ordinaryQuestions(SafetySignal.ORDINARY_PER_TOPIC, SafetySignal.ORDINARY_WEIGHT);
        learners.add(new Learner("faq8 bigrams linear 2-5 e5", e -> LinearSignal.train(plus(e, faq8), new LinearSignal.Settings(2, 5, 5, 1.0, true))));
        learners.add(new Learner("faq8 bigrams linear 3-5 e5", e -> LinearSignal.train(plus(e, faq8), new LinearSignal.Settings(3, 5, 5, 1.0, true))));
        learners.add(new Learner("faq8 bigrams linear 2-5 e10", e -> LinearSignal.train(plus(e, faq8), new LinearSignal.Settings(2, 5, 10, 1.0, true))));
        for (int faq : new int[] {4, 8, 100}) {
            for (float weight : new float[] {1f, 2f, 4f}) {
                List<SafetySignal.Example> ordinary = SafetySignal.ordinaryQuestions(faq, weight);
                String name = "faq" + faq + " w" + (int) weight;
                learners.add(new Learner(name + " linear 2-5 e5", e -> LinearSignal.train(plus(e, ordinary), LinearSignal.Settings.DEFAULT)));
                learners.add(new Learner(name + " linear 3-5 e5", e -> LinearSignal.train(plus(e, ordinary), new LinearSignal.Settings(3, 5, 5, 1.0))));
            }
            List<SafetySignal.Example> ordinary = SafetySignal.ordinaryQuestions(faq, 1f);
            learners.add(new Learner("faq" + faq + " knn k=10 3-5", e -> NeighbourSignal.train(plus(e, ordinary), NeighbourSignal.Settings.DEFAULT)));
        }
        String only = System.getProperty("safety.cv.learners", "");
        return only.isBlank() ? learners
                : learners.stream().filter(l -> List.of(only.split(",")).stream().anyMatch(l.name()::startsWith)).toList();
    }

    static List<SafetySignal.Example> plus(List<SafetySignal.Example> a, List<SafetySignal.Example> b) {
        List<SafetySignal.Example> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private void sweep() {
        List<SafetySignal.Example> everything = everything();
        // -Dsafety.cv.focus: training files also tallied apart (e.g. the ones the rules were not yet tuned on)
        Map<String, List<RealisticSets.Message>> focus = new LinkedHashMap<>();
        for (String file : System.getProperty("safety.cv.focus", "").split(",")) {
            if (files.containsKey(file.strip())) {
                focus.put(file.strip(), files.get(file.strip()));
            }
        }
        System.out.println("lofo sweep rules alone: " + tally(rulesOnly, files, null, null).line()
                + (focus.isEmpty() ? "" : " | focus " + tally(rulesOnly, focus, null, null).line())
                + (fresh.isEmpty() ? "" : " | fresh " + tally(rulesOnly, fresh, null, null).line()));
        for (Learner learner : candidates()) {
            long start = System.nanoTime();
            Map<RealisticSets.Message, SafetySignal.Reading> readings = leaveOneFileOut(learner);
            SafetySignal all = learner.train().apply(everything);
            Map<String, SafetySignal.Reading> ordinaryReadings = new LinkedHashMap<>();
            ordinary.keySet().forEach(t -> ordinaryReadings.put(t, all.read(t)));
            fresh.values().forEach(list -> list.forEach(m -> readings.put(m, all.read(m.text()))));
            System.out.printf("lofo sweep %s: %d ms%n", learner.name(), (System.nanoTime() - start) / 1_000_000);
            for (double p : new double[] {0.95, 0.98, 1.01}) {
                for (double a : new double[] {0.8, 0.9, 0.95}) {
                    for (double n : new double[] {0.8, 0.85, 0.9, 0.95}) {
                        for (double[] bare : new double[][] {{1.01, 1.01}, {0.99, 1.01}, {1.01, 0.99}, {1.01, 0.98},
                                {1.01, 0.97}, {1.01, 0.95}, {0.98, 0.97}}) {
                            Use use = new Use(p, a, n, 0, bare[0], bare[1]);
                            CrisisDetector detector = new CrisisDetector(rules, use.with(null));
                            System.out.println("lofo sweep " + learner.name() + " " + use + ": "
                                    + tally(detector, files, readings, ordinaryReadings).line()
                                    + (focus.isEmpty() ? "" : " | focus " + tally(detector, focus, readings, null).line())
                                    + (fresh.isEmpty() ? "" : " | fresh " + tally(detector, fresh, readings, null).line()));
                        }
                    }
                }
            }
        }
    }

    @Test
    void theSignalAddsAcuteRecallOnNewWritersWithoutMoreLookAlikeAlarms() {
        RealisticFigures.Counts with = combined.get(RealisticFigures.ALL).get(RealisticFigures.ALL);
        RealisticFigures.Counts without = alone.get(RealisticFigures.ALL).get(RealisticFigures.ALL);
        assertThat(with.acuteRecall()).isGreaterThan(without.acuteRecall());
        assertThat(with.worryingRecall()).isGreaterThan(without.worryingRecall());
        // the limit the thresholds were chosen under (train to train-8: 6 of 800 either way); with train-9/10 in the
        // rounds the signal added one of 980 at none->acute 0.95; at 0.9 (lead, 22:20: 7 more acute of 243 on the new
        // writers, and a signal-only alarm keeps the answer) three of 980 (acute 1296/1313 against 1290 alone): at most three
        assertThat(with.falseAlarms()).as("look-alike alarms, at most three of 980 more than the rules alone")
                .isLessThanOrEqualTo(without.falseAlarms() + 0.0031);
    }

    /**
     * Floors under what was measured (2026-11-29 23:50, brief s14b, all 14 training files left out one at a time, train-h1..h4
     * included with rules never tuned on them: acute 1547/1608, possible+ 2280/2417, false alarms 24/1202 (17 full); README
     * of safety, "Measured").
     */
    @Test
    void leaveOneFileOutFiguresStayAtWhatWasMeasured() {
        RealisticFigures.Counts all = combined.get(RealisticFigures.ALL).get(RealisticFigures.ALL);
        assertThat(all.acuteRecall()).as("leave-one-file-out acute recall").isGreaterThanOrEqualTo(0.955);
        assertThat(all.worryingRecall()).as("leave-one-file-out possible-or-higher recall").isGreaterThanOrEqualTo(0.935);
        assertThat(all.falseAlarms()).as("leave-one-file-out false alarms").isLessThanOrEqualTo(0.022);
        assertThat(all.falseAcute()).as("leave-one-file-out full false alarms").isLessThanOrEqualTo(0.016);
    }
}
