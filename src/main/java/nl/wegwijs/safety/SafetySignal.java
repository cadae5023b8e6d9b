package nl.wegwijs.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
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
import org.apache.lucene.classification.ClassificationResult;
import org.apache.lucene.classification.Classifier;
import org.apache.lucene.classification.KNearestNeighborClassifier;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.yaml.snakeyaml.Yaml;

/**
 * A statistical second signal next to the rules: Lucene's naive Bayes classifier over character
 * n-grams of the normalised text, trained at start-up on the realistic training messages in
 * {@code safety/training/*.jsonl} (the one copy of that material: the training test reads it there too).
 *
 * <p>Why: the rules read situations they were written for; n-grams carry over to the many ways the
 * same situation is typed (inflections, Darija, surzhyk, missing diacritics). The signal alone never
 * decides: {@link CrisisDetector} lets it raise a level only with enough confidence and a supporting
 * cue outside every look-alike span.
 *
 * <p>The index lives in memory (a few hundred short messages: tens of milliseconds to build) and is
 * read-only after construction, so one instance serves all threads; every replica trains the same
 * index from the same files.
 */
final class SafetySignal {

    /** Lists the training files, one name a line: the class path cannot be listed without a framework. */
    static final String TRAINING_INDEX = "safety/training/files.txt";

    private static final String TEXT = "text";
    private static final String LEVEL = "level";
    private static final String KIND = "kind";

    /** One training message: its level ("acute", "possible", "none") and, when worrying, its kinds. */
    record Example(String text, String level, List<String> kinds) {
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

    /** How many nearest training messages vote. */
    static final int NEIGHBOURS = 10;
    /** MoreLikeThis keeps only the most telling n-grams of a message; 25 (its default) is too few for a long story. */
    static final int QUERY_TERMS = 300;

    private final Classifier<BytesRef> levels;
    private final Classifier<BytesRef> kinds;

    private SafetySignal(DirectoryReader reader) throws IOException {
        Analyzer analyzer = analyzer();
        this.levels = new Neighbours(reader, analyzer, null, LEVEL);
        Query worrying = new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(LEVEL, "none")), BooleanClause.Occur.MUST_NOT).build();
        this.kinds = new Neighbours(reader, analyzer, worrying, KIND);
    }

    /** Lucene's k-nearest-neighbour classifier with a longer MoreLikeThis query. */
    private static final class Neighbours extends KNearestNeighborClassifier {
        Neighbours(DirectoryReader reader, Analyzer analyzer, Query filter, String classField) throws IOException {
            super(reader, new BM25Similarity(), analyzer, filter, NEIGHBOURS, 1, 1, classField, TEXT);
            mlt.setMaxQueryTerms(QUERY_TERMS);
        }
    }

    static SafetySignal loadDefault() {
        return train(readTraining());
    }

    static SafetySignal train(List<Example> examples) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer()))) {
            for (Example e : examples) {
                Document doc = new Document();
                doc.add(new TextField(TEXT, TextNormaliser.text(e.text()), Field.Store.NO));
                doc.add(new StringField(LEVEL, e.level(), Field.Store.YES));
                for (String kind : e.kinds()) {
                    doc.add(new StringField(KIND, kind, Field.Store.YES));
                }
                writer.addDocument(doc);
            }
            writer.commit();
            return new SafetySignal(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The signal reads at most this many characters: the telling part of a long story is rarely past it, and
     * the reply path stays at a few milliseconds (MoreLikeThis over 4,000 characters cost about 10 ms).
     */
    static final int MAX_CHARS = 1_500;

    Reading read(String text) {
        String normalised = TextNormaliser.text(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        try {
            double acute = 0;
            double possible = 0;
            for (ClassificationResult<BytesRef> r : levels.getClasses(normalised)) {
                switch (r.getAssignedClass().utf8ToString()) {
                    case "acute" -> acute = r.getScore();
                    case "possible" -> possible = r.getScore();
                    default -> { }
                }
            }
            List<ClassificationResult<BytesRef>> kindScores = kinds.getClasses(normalised);
            Set<CrisisKind> likely = EnumSet.noneOf(CrisisKind.class);
            kindScores.stream().max(Comparator.comparingDouble(ClassificationResult::getScore))
                    .ifPresent(best -> likely.add(CrisisKind.valueOf(best.getAssignedClass().utf8ToString())));
            if (likely.isEmpty()) {
                likely.add(CrisisKind.DISTRESS);
            }
            return new Reading(acute, acute + possible, likely);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whitespace words of the normalised text (which already folds Arabic, Cyrillic and Latin spelling
     * variants), ASCII-folded for any diacritic the normaliser leaves, then character 3- to 5-grams with
     * the word itself kept.
     */
    static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new WhitespaceTokenizer();
                TokenStream folded = new ASCIIFoldingFilter(words);
                return new TokenStreamComponents(words, new NGramTokenFilter(folded, 3, 5, true));
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
