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
 * the content uses ("اريد"), and spoken verb prefixes ("بينام", "كتبكي", "مابيسمع") are cut
 * ({@link ArabicSpokenPrefixes}). The word lists are content, in {@code language/ar/}.
 */
public final class ArabicDialectAnalyzer extends StopwordAnalyzerBase {

    static final String DIALECT = "language/ar/dialect.txt";
    static final String DIALECT_STOPWORDS = "language/ar/dialect-stopwords.txt";

    /** Read once: the lists do not change while the app runs. */
    private static final class Lists {
        static final CharArraySet STOP = stopwords();
        static final SynonymMap DIALECT_MAP = dialect();
        static final CharArraySet LISTED = listed();
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
        result = new StopFilter(ArabicSpokenPrefixes.filter(result, Lists.LISTED), stopwords);
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

    /** The spoken words of the dialect list, normalised: the list knows them whole, so no prefix is cut. */
    private static CharArraySet listed() {
        CharArraySet set = new CharArraySet(64, false);
        var normalizer = new org.apache.lucene.analysis.ar.ArabicNormalizer();
        for (String line : WordLists.lines(DIALECT)) {
            for (String word : line.split("=>")[0].split(",")) {
                char[] chars = word.strip().toCharArray();
                set.add(new String(chars, 0, normalizer.normalize(chars, chars.length)));
            }
        }
        return CharArraySet.unmodifiableSet(set);
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
