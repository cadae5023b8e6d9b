package nl.wegwijs.safety;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.wegwijs.language.AnalyzerTerms;
import org.apache.lucene.analysis.Analyzer;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * The signal by Tribuo's logistic regression (a linear model trained by stochastic gradient descent) over the
 * same character n-grams and words as {@link NeighbourSignal}, each present feature 1, scaled to unit length.
 * A second model of the same kind reads the kind of danger. Reading a message is a tokenisation and a dot
 * product: microseconds, where the nearest-neighbour search costs milliseconds.
 */
final class LinearSignal implements SafetySignal {

    private static final LabelFactory LABELS = new LabelFactory();

    /**
     * @param epochs  passes over the training messages (few passes also keep the weights small)
     * @param rate    AdaGrad's initial learning rate
     * @param bigrams also each pair of neighbouring words ("wil niet", "niet meer") as a feature
     */
    record Settings(int minGram, int maxGram, int epochs, double rate, boolean bigrams) {
        /*
         * Word pairs (brief s14b, leave-one-file-out over train to train-h4, -Dsafety.cv.sweep=true): with 2-5 grams alone
         * the cue-less raise that catches as many acute messages (1547 of 1608) costs two look-alike alarms (26 of 1202)
         * and one ordinary-question alarm more; with word pairs 24 and 6. Ten epochs caught the same at 0.97 but double the
         * start-up training (18 s under load against the 20 s limit of LinearSignalTest), so five.
         */
        static final Settings DEFAULT = new Settings(2, 5, 5, 1.0, true);

        Settings(int minGram, int maxGram, int epochs, double rate) {
            this(minGram, maxGram, epochs, rate, false);
        }
    }

    private final Settings settings;
    private final Analyzer analyzer;
    /** Word pairs, or null when the settings leave them out. */
    private final Analyzer pairs;
    private final Model<Label> levels;
    private final Model<Label> kinds;

    private LinearSignal(Settings settings, Analyzer analyzer, Analyzer pairs, Model<Label> levels, Model<Label> kinds) {
        this.settings = settings;
        this.analyzer = analyzer;
        this.pairs = pairs;
        this.levels = levels;
        this.kinds = kinds;
    }

    static LinearSignal train(List<Example> examples, Settings settings) {
        Analyzer analyzer = SafetySignal.analyzer(settings.minGram(), settings.maxGram());
        Analyzer pairs = settings.bigrams() ? SafetySignal.wordPairs() : null;
        MutableDataset<Label> levelSet = new MutableDataset<>(new SimpleDataSourceProvenance("safety levels", LABELS), LABELS);
        MutableDataset<Label> kindSet = new MutableDataset<>(new SimpleDataSourceProvenance("safety kinds", LABELS), LABELS);
        for (Example e : examples) {
            Map<String, Double> features = features(analyzer, pairs, TextNormaliser.text(e.text()));
            if (features.isEmpty()) {
                continue;
            }
            ArrayExample<Label> level = example(new Label(e.level()), features);
            level.setWeight(e.weight());
            levelSet.add(level);
            if (!e.kinds().isEmpty()) {
                kindSet.add(example(new Label(mainKind(e.kinds())), features));
            }
        }
        return new LinearSignal(settings, analyzer, pairs, trainer(settings).train(levelSet), trainer(settings).train(kindSet));
    }

    /**
     * A fresh trainer per model with a FIXED seed: the same files give the same model on every replica and every
     * start (a trainer's random stream moves on with each use, so one is never reused).
     */
    private static LinearSGDTrainer trainer(Settings settings) {
        // logging interval past any epoch: Tribuo would otherwise log the loss every 1,000 examples
        return new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(settings.rate(), 0.1), settings.epochs(),
                Integer.MAX_VALUE, 1, SEED);
    }

    static final long SEED = 9L;

    /** The kind that says most: "acute danger" only when the message names no other. */
    private static String mainKind(List<String> kinds) {
        return kinds.stream().filter(k -> !k.equals(CrisisKind.ACUTE_DANGER.name())).findFirst().orElse(kinds.get(0));
    }

    @Override
    public Reading read(String text) {
        Map<String, Double> features = features(analyzer, pairs, SafetySignal.normalisedStart(text));
        if (features.isEmpty()) {
            return new Reading(0, 0, EnumSet.of(CrisisKind.DISTRESS));
        }
        ArrayExample<Label> example = example(LabelFactory.UNKNOWN_LABEL, features);
        Map<String, Label> scores;
        try {
            scores = levels.predict(example).getOutputScores();
        } catch (IllegalArgumentException noKnownFeature) {
            return new Reading(0, 0, EnumSet.of(CrisisKind.DISTRESS));
        }
        double acute = score(scores, "acute");
        double possible = score(scores, "possible");
        Set<CrisisKind> likely = EnumSet.of(CrisisKind.DISTRESS);
        try {
            Prediction<Label> kind = kinds.predict(example);
            likely = EnumSet.of(CrisisKind.valueOf(kind.getOutput().getLabel()));
        } catch (IllegalArgumentException noKnownFeature) {
            // DISTRESS
        }
        return new Reading(acute, acute + possible, likely);
    }

    private static double score(Map<String, Label> scores, String level) {
        Label label = scores.get(level);
        return label == null ? 0 : label.getScore();
    }

    private static ArrayExample<Label> example(Label label, Map<String, Double> features) {
        String[] names = features.keySet().toArray(String[]::new);
        double[] values = features.values().stream().mapToDouble(Double::doubleValue).toArray();
        return new ArrayExample<>(label, names, values);
    }

    /** Each distinct n-gram or word once, the vector scaled to length 1 so long and short messages weigh alike. */
    static Map<String, Double> features(Analyzer analyzer, Analyzer pairs, String normalised) {
        Map<String, Double> features = new TreeMap<>();
        AnalyzerTerms.of(analyzer, normalised).forEach(t -> features.put(t, 1.0));
        if (pairs != null) {
            // a pair holds a space, which no character n-gram or word does: the two kinds never collide
            AnalyzerTerms.of(pairs, normalised).forEach(t -> features.put(t, 1.0));
        }
        double scale = 1 / Math.sqrt(Math.max(1, features.size()));
        features.replaceAll((t, v) -> scale);
        return features;
    }

    @Override
    public String toString() {
        return "linear " + settings;
    }
}
