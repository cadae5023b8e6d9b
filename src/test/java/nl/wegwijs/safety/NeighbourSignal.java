package nl.wegwijs.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.classification.BM25NBClassifier;
import org.apache.lucene.classification.ClassificationResult;
import org.apache.lucene.classification.Classifier;
import org.apache.lucene.classification.KNearestNeighborClassifier;
import org.apache.lucene.classification.SimpleNaiveBayesClassifier;
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
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * A learner compared with the chosen one in leave-one-file-out CV (SignalLeaveOneFileOutTest), not shipped: it added
 * at most two acute messages of the rules' misses on fresh writers. The signal by Lucene's classification module over an in-memory index of the training messages: k nearest
 * neighbours (BM25, a MoreLikeThis query), or naive Bayes (BM25 or plain), for the level; the kinds always by
 * the nearest worrying messages. A few hundred short messages: tens of milliseconds to build.
 */
final class NeighbourSignal implements SafetySignal {

    private static final String TEXT = "text";
    private static final String LEVEL = "level";
    private static final String KIND = "kind";

    /** Which of Lucene's classifiers reads the level. */
    enum Method {
        NEIGHBOURS, BM25_BAYES, NAIVE_BAYES
    }

    /**
     * @param neighbours how many nearest training messages vote
     * @param queryTerms MoreLikeThis keeps only the most telling n-grams of a message; 25 (its default) is too few
     *                   for a long story
     */
    record Settings(Method method, int neighbours, int queryTerms, int minGram, int maxGram) {
        static final Settings DEFAULT = new Settings(Method.NEIGHBOURS, 10, 300, 3, 5);
    }

    private final Classifier<BytesRef> levels;
    private final Classifier<BytesRef> kinds;

    private NeighbourSignal(DirectoryReader reader, Settings settings) throws IOException {
        Analyzer analyzer = SafetySignal.analyzer(settings.minGram(), settings.maxGram());
        this.levels = switch (settings.method()) {
            case NEIGHBOURS -> new Neighbours(reader, analyzer, null, LEVEL, settings);
            case BM25_BAYES -> new BM25NBClassifier(reader, analyzer, null, LEVEL, TEXT);
            case NAIVE_BAYES -> new SimpleNaiveBayesClassifier(reader, analyzer, null, LEVEL, TEXT);
        };
        Query worrying = new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(LEVEL, "none")), BooleanClause.Occur.MUST_NOT).build();
        this.kinds = new Neighbours(reader, analyzer, worrying, KIND, settings);
    }

    /** Lucene's k-nearest-neighbour classifier with a longer MoreLikeThis query. */
    private static final class Neighbours extends KNearestNeighborClassifier {
        Neighbours(DirectoryReader reader, Analyzer analyzer, Query filter, String classField, Settings settings) throws IOException {
            super(reader, new BM25Similarity(), analyzer, filter, settings.neighbours(), 1, 1, classField, TEXT);
            mlt.setMaxQueryTerms(settings.queryTerms());
        }
    }

    static NeighbourSignal train(List<Example> examples, Settings settings) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory,
                new IndexWriterConfig(SafetySignal.analyzer(settings.minGram(), settings.maxGram())))) {
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
            return new NeighbourSignal(DirectoryReader.open(directory), settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Reading read(String text) {
        String normalised = SafetySignal.normalisedStart(text);
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
            return new Reading(acute, acute + possible, kinds(normalised));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kind of the nearest worrying training messages (DISTRESS when none is near). */
    Set<CrisisKind> kinds(String normalised) throws IOException {
        Set<CrisisKind> likely = EnumSet.noneOf(CrisisKind.class);
        kinds.getClasses(normalised).stream().max(Comparator.comparingDouble(ClassificationResult::getScore))
                .ifPresent(best -> likely.add(CrisisKind.valueOf(best.getAssignedClass().utf8ToString())));
        if (likely.isEmpty()) {
            likely.add(CrisisKind.DISTRESS);
        }
        return likely;
    }
}
