package nl.wegwijs.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.yaml.snakeyaml.Yaml;

/**
 * A statistical second signal next to the rules, trained at start-up on the realistic training messages in
 * {@code safety/training/*.jsonl} (the one copy of that material: the training test reads it there too).
 *
 * <p>Why: the rules read situations they were written for; n-grams carry over to the many ways the
 * same situation is typed (inflections, Darija, surzhyk, missing diacritics). The signal alone never
 * decides: {@link CrisisDetector} lets it move a level only with enough confidence and a supporting
 * cue outside every look-alike span.
 *
 * <p>Implementations are read-only after training, so one instance serves all threads; every replica
 * trains the same model from the same files. Which learner is used was chosen by leave-one-file-out
 * cross-validation (SignalLeaveOneFileOutTest; README of safety, "Measured"): a linear model over character n-grams.
 */
interface SafetySignal {

    /** Lists the training files, one name a line: the class path cannot be listed without a framework. */
    String TRAINING_INDEX = "safety/training/files.txt";

    /**
     * The signal reads at most this many characters: the telling part of a long story is rarely past it, and
     * the reply path stays at a few milliseconds (MoreLikeThis over 4,000 characters cost about 10 ms).
     */
    int MAX_CHARS = 1_500;

    /**
     * One training message: its level ("acute", "possible", "none") and, when worrying, its kinds.
     *
     * @param weight how much the example counts in training (1 for a realistic message)
     */
    record Example(String text, String level, List<String> kinds, float weight) {
        Example(String text, String level, List<String> kinds) {
            this(text, level, kinds, 1f);
        }
    }

    /**
     * What the signal reads in a message.
     *
     * @param acute    the classifier's normalised score for "acute"
     * @param worrying the score for "acute" plus "possible"
     * @param kinds    the most likely kinds of danger (never empty)
     */
    record Reading(double acute, double worrying, Set<CrisisKind> kinds) {
    }

    Reading read(String text);

    /**
     * How many phrasings per FAQ topic and language are taught as ordinary questions, and their weight: chosen by
     * leave-one-file-out CV (SignalLeaveOneFileOutTest, sweep) with the alarms on the 559 ordinary questions of
     * OrdinaryQuestionsTest, which are not among them.
     */
    int ORDINARY_PER_TOPIC = 8;
    float ORDINARY_WEIGHT = 1f;

    /** The model of the training files, trained once per JVM on first use (a few seconds) and shared: it is read-only. */
    static SafetySignal loadDefault() {
        return Trained.MODEL;
    }

    /** Holder: trained when first asked for, once, thread-safely (class initialisation). */
    final class Trained {
        static final SafetySignal MODEL = train(readTraining());

        private Trained() {
        }
    }

    /**
     * The learner chosen by leave-one-file-out CV: Tribuo's logistic regression ({@link LinearSignal}, fixed seed, so
     * every replica trains the same model from the same files), taught the realistic messages plus ordinary FAQ
     * questions as "none". Lucene's kNN, the learner before, added at most two acute messages of the rules' misses
     * on fresh writers; the linear model about thirty (README of safety, "Measured").
     */
    static SafetySignal train(List<Example> examples) {
        List<Example> all = new ArrayList<>(examples);
        all.addAll(ordinaryQuestions(ORDINARY_PER_TOPIC, ORDINARY_WEIGHT));
        return LinearSignal.train(all, LinearSignal.Settings.DEFAULT);
    }

    /** The first characters of a message, normalised as for the rules. */
    static String normalisedStart(String text) {
        return TextNormaliser.text(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
    }

    /**
     * Whitespace words of the normalised text (which already folds Arabic, Cyrillic and Latin spelling
     * variants), ASCII-folded for any diacritic the normaliser leaves, then character n-grams with
     * the word itself kept.
     */
    static Analyzer analyzer(int minGram, int maxGram) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new WhitespaceTokenizer();
                TokenStream folded = new ASCIIFoldingFilter(words);
                return new TokenStreamComponents(words, new NGramTokenFilter(folded, minGram, maxGram, true));
            }
        };
    }

    /** Each pair of neighbouring words of the normalised text, ASCII-folded (no single words). */
    static Analyzer wordPairs() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new WhitespaceTokenizer();
                ShingleFilter pairs = new ShingleFilter(new ASCIIFoldingFilter(words), 2, 2);
                pairs.setOutputUnigrams(false);
                return new TokenStreamComponents(words, pairs);
            }
        };
    }

    /** The training files named in {@link #TRAINING_INDEX}, as class-path resource names. */
    static List<String> trainingFiles() {
        List<String> files = new ArrayList<>();
        for (String line : resource(TRAINING_INDEX).split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                files.add("safety/training/" + name);
            }
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no training files in " + TRAINING_INDEX);
        }
        return files;
    }

    static String resource(String name) {
        try (InputStream in = SafetySignal.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lists the FAQ topics whose phrasings are ordinary questions (see {@link #ordinaryQuestions}). */
    String ORDINARY_INDEX = "safety/training/ordinary.txt";

    /**
     * Ordinary parents' questions, taught as "none": the first phrasings per language of the FAQ topics named in
     * {@link #ORDINARY_INDEX} (faq/phrasings, product content). Without them the signal has seen only crisis stories
     * and their look-alikes, and takes an ordinary question with a danger word for a crisis.
     */
    static List<Example> ordinaryQuestions(int perTopicAndLanguage, float weight) {
        List<Example> examples = new ArrayList<>();
        Yaml yaml = new Yaml();
        for (String line : resource(ORDINARY_INDEX).split("\n")) {
            String topic = line.strip();
            if (topic.isEmpty() || topic.startsWith("#")) {
                continue;
            }
            Map<String, Object> phrasings = yaml.load(resource("faq/phrasings/" + topic + ".yaml"));
            phrasings.values().forEach(list -> {
                if (list instanceof List<?> texts) {
                    texts.stream().limit(perTopicAndLanguage)
                            .forEach(t -> examples.add(new Example(String.valueOf(t), "none", List.of(), weight)));
                }
            });
        }
        return examples;
    }

    @SuppressWarnings("unchecked")
    static List<Example> readTraining() {
        List<Example> examples = new ArrayList<>();
        Yaml yaml = new Yaml();
        for (String file : trainingFiles()) {
            for (String line : resource(file).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> m = yaml.load(line);
                examples.add(new Example((String) m.get("text"), ((String) m.get("level")).toLowerCase(Locale.ROOT),
                        (List<String>) m.getOrDefault("kinds", List.of())));
            }
        }
        return examples;
    }
}
