package nl.wegwijs.language;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
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
        static final SynonymMap WHOLE_MAP = dialect(true);
        static final SynonymMap DIALECT_MAP = dialect(false);
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
        result = new SynonymGraphFilter(result, Lists.WHOLE_MAP, true);
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

    /**
     * The dialect lines as a synonym map. A spoken word whose light stem is shorter than three letters
     * is matched only whole, before stemming ({@code whole}): its stem is an ordinary word too ("ليه",
     * why, stems to "لي", to me; "بدو", he wants, to the stem of "بدون", without), so matching it by
     * its stem would turn common words into the dialect word's meaning. The other words are matched
     * by their stem ({@code !whole}), so any inflection meets its line.
     */
    private static SynonymMap dialect(boolean whole) {
        Analyzer stemmed = analyzer(true);
        StringBuilder lines = new StringBuilder();
        for (String line : WordLists.lines(DIALECT)) {
            String[] sides = line.split("=>");
            List<String> words = new ArrayList<>();
            for (String word : sides[0].split(",")) {
                if (!word.isBlank() && (stem(stemmed, word.strip()).length() < 3) == whole) {
                    words.add(word.strip());
                }
            }
            if (!words.isEmpty()) {
                lines.append(String.join(", ", words)).append(" => ").append(sides[1].strip()).append('\n');
            }
        }
        return WordLists.synonyms(DIALECT, new StringReader(lines.toString()), whole ? analyzer(false) : stemmed);
    }

    /** Normalised (and, when {@code stem}, lightly stemmed) words, to read the dialect list. */
    private static Analyzer analyzer(boolean stem) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream words = new ArabicNormalizationFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, stem ? new ArabicStemFilter(words) : words);
            }
        };
    }

    private static String stem(Analyzer analyzer, String word) {
        try (TokenStream ts = analyzer.tokenStream("w", word)) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            String out = ts.incrementToken() ? term.toString() : word;
            ts.end();
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
