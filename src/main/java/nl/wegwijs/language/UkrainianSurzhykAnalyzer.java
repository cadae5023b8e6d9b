package nl.wegwijs.language;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
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
        static final SurzhykWords WORDS = SurzhykWords.read(SURZHYK);
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
        TokenStream result = new SurzhykWords.Filter(components.getTokenStream(), Lists.WORDS);
        result = new StopFilter(result, Lists.STOP);
        return new TokenStreamComponents(components.getSource(), result);
    }

    @Override
    public void close() {
        ukrainian.close();
        super.close();
    }

    private static CharArraySet stopwords() {
        return WordLists.stopwords(UkrainianMorfologikAnalyzer.getDefaultStopwords(), true, SURZHYK_STOPWORDS);
    }
}
