package nl.wegwijs.language;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Lucene's ArabicAnalyzer (normalisation of hamza forms, ta marbuta, alif maqsura, tatweel and
 * harakat; light prefix/suffix stemming) plus spoken Arabic: dialect function words are stop
 * words, and dialect content words ("بدي", "بغيت", "عايز") become the Modern Standard Arabic word
 * the content uses ("اريد"). The word lists are content, in {@code language/ar/}.
 */
public final class ArabicDialectAnalyzer extends StopwordAnalyzerBase {

    static final String DIALECT = "language/ar/dialect.txt";
    static final String DIALECT_STOPWORDS = "language/ar/dialect-stopwords.txt";

    /** Read once: the lists do not change while the app runs. */
    private static final class Lists {
        static final CharArraySet STOP = stopwords();
        static final SynonymMap DIALECT_MAP = dialect();
    }

    public ArabicDialectAnalyzer() {
        super(Lists.STOP);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new DecimalDigitFilter(result);
        result = new StopFilter(result, stopwords);
        result = new ArabicNormalizationFilter(result);
        result = new ArabicStemFilter(result);
        result = new SynonymGraphFilter(result, Lists.DIALECT_MAP, true);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ArabicNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(in)));
    }

    private static CharArraySet stopwords() {
        return WordLists.stopwords(ArabicAnalyzer.getDefaultStopSet(), false, DIALECT_STOPWORDS);
    }

    /** Both sides of every line analysed alike (normalised, stemmed), so any inflection meets its line. */
    private static SynonymMap dialect() {
        Analyzer words = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source,
                        new ArabicStemFilter(new ArabicNormalizationFilter(new LowerCaseFilter(source))));
            }
        };
        return WordLists.synonyms(DIALECT, words);
    }
}
