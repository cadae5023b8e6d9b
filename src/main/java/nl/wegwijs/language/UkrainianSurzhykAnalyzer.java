package nl.wegwijs.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;

/**
 * Lucene's Ukrainian analyzer (Morfologik dictionary forms) plus surzhyk: Russian and mixed words
 * that parents type in Ukrainian ("лєт", "постоянно", "нада", "врачу") become the Ukrainian
 * dictionary form the content has ("рік", "постійно", "потрібний", "лікар"), and their function
 * words ("шо", "ето") are stop words. The word lists are content, in {@code language/uk/}.
 */
public final class UkrainianSurzhykAnalyzer extends AnalyzerWrapper {

    static final String SURZHYK = "language/uk/surzhyk.txt";
    static final String SURZHYK_STOPWORDS = "language/uk/surzhyk-stopwords.txt";

    /** Read once: the lists do not change while the app runs. */
    private static final class Lists {
        static final CharArraySet STOP = stopwords();
        static final SynonymMap MAP = surzhyk();
    }

    private final UkrainianMorfologikAnalyzer ukrainian = new UkrainianMorfologikAnalyzer();

    public UkrainianSurzhykAnalyzer() {
        super(Analyzer.PER_FIELD_REUSE_STRATEGY);
    }

    /** The Ukrainian stop words and the surzhyk ones (for matching the words of a text). */
    public CharArraySet getStopwordSet() {
        return Lists.STOP;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return ukrainian;
    }

    @Override
    protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        // Words the dictionary does not know pass it unchanged, so the list meets them as typed.
        TokenStream result = new SynonymGraphFilter(components.getTokenStream(), Lists.MAP, true);
        result = new StopFilter(result, Lists.STOP);
        return new TokenStreamComponents(components.getSource(), result);
    }

    @Override
    public void close() {
        ukrainian.close();
        super.close();
    }

    private static CharArraySet stopwords() {
        CharArraySet set = new CharArraySet(UkrainianMorfologikAnalyzer.getDefaultStopwords(), true);
        try (BufferedReader reader = new BufferedReader(open(SURZHYK_STOPWORDS))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(set::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CharArraySet.unmodifiableSet(set);
    }

    private static SynonymMap surzhyk() {
        Analyzer words = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new WhitespaceTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
        try (Reader reader = open(SURZHYK)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, false, words);
            parser.parse(reader);
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(SURZHYK + ": " + e.getMessage(), e);
        }
    }

    private static Reader open(String resource) {
        var in = UkrainianSurzhykAnalyzer.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing " + resource);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
