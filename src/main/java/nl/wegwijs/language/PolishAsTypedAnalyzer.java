package nl.wegwijs.language;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.stempel.StempelFilter;
import org.apache.lucene.analysis.stempel.StempelStemmer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Lucene's PolishAnalyzer (stop words, Stempel stemming) for Polish as parents type it on a phone:
 * without Polish letters ("czy moga mi zabrac dzieci") every word is also stemmed in its ASCII
 * form, so it meets a phrasing written with ą ę ł ś ź ż ć ń ó and the other way round; spoken words
 * ("bobas", "psycholożka") map to the word the content uses, from {@code language/pl/}.
 */
public final class PolishAsTypedAnalyzer extends StopwordAnalyzerBase {

    static final String SPOKEN = "language/pl/spoken.txt";

    /** Read once: the lists do not change while the app runs. */
    private static final class Lists {
        static final CharArraySet STOP = stopwords();
        static final SynonymMap MAP = spoken();
    }

    public PolishAsTypedAnalyzer() {
        super(Lists.STOP);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new SynonymGraphFilter(result, Lists.MAP, true);
        result = new StopFilter(result, stopwords);
        // Folded and original form at one position; a word without Polish letters stays one token.
        result = new ASCIIFoldingFilter(result, true);
        result = new StempelFilter(result, new StempelStemmer(PolishAnalyzer.getDefaultTable()));
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    /** Lucene's Polish stop words, each also without Polish letters ("sie", "jak", "ze"). */
    private static CharArraySet stopwords() {
        CharArraySet all = new CharArraySet(PolishAnalyzer.getDefaultStopSet(), false);
        for (Object word : PolishAnalyzer.getDefaultStopSet()) {
            all.add(TurkishColloquialAnalyzer.ascii(new String((char[]) word)));
        }
        return CharArraySet.unmodifiableSet(all);
    }

    private static SynonymMap spoken() {
        Analyzer words = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new WhitespaceTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
        return WordLists.synonyms(SPOKEN, words);
    }
}
