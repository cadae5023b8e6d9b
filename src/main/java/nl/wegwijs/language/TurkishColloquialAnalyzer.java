package nl.wegwijs.language;

import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tr.ApostropheFilter;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * Lucene's TurkishAnalyzer (apostrophe suffixes off, Turkish lower case, stop words, Snowball
 * stemming) for Turkish as parents type it on a phone:
 * <ul>
 * <li>without Turkish letters ("cocugum okula gitmiyor"): every word is also stemmed in its ASCII
 * form, so a question typed without ç ğ ı ö ş ü meets a phrasing written with them, and the other
 * way round (the stemmer alone turns "çocuğum" into "çocuk" but "cocugum" into "cocug");</li>
 * <li>spoken endings written as said: the present tense without its r ("yapmıyo", "bilmiyom",
 * "anlamıyolar") and the short future ("kalcam", "gelcez") get their written form;</li>
 * <li>spoken words ("velet", "napcaz") from the lists in {@code language/tr/};</li>
 * <li>a Dutch word with a Turkish case ending glued on without the apostrophe ("huisartsa",
 * "wachtlijstte", "gemeenteden") also without it, beside the word as typed.</li>
 * </ul>
 */
public final class TurkishColloquialAnalyzer extends StopwordAnalyzerBase {

    static final String COLLOQUIAL = "language/tr/colloquial.txt";
    static final String COLLOQUIAL_STOPWORDS = "language/tr/colloquial-stopwords.txt";

    /** Spoken present tense: "-iyo", "-ıyo", "-uyo", "-üyo" (+ person ending), written without the r. */
    private static final String PRESENT = "^(\\p{L}+[ıiuü])yo";
    private static final String CONSONANTS = "[bcçdfgğhjklmnprsştvyz]+";

    /** Read once: the lists do not change while the app runs. */
    private static final class Lists {
        static final CharArraySet STOP = stopwords();
        static final SynonymMap MAP = colloquial();
    }

    public TurkishColloquialAnalyzer() {
        super(Lists.STOP);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new TurkishLowerCaseFilter(new ApostropheFilter(source));
        result = new SynonymGraphFilter(result, Lists.MAP, true);
        result = spoken(new StopFilter(result, stopwords));
        result = new WordVariantFilter(result, TurkishColloquialAnalyzer::withoutCaseEnding);
        result = new WordVariantFilter(result, TurkishColloquialAnalyzer::softened);
        // Folded and original form at one position; a word without Turkish letters stays one token.
        result = new ASCIIFoldingFilter(result, true);
        result = new SnowballFilter(result, new TurkishStemmer());
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new TurkishLowerCaseFilter(in);
    }

    /** The spoken endings above in their written form. */
    static TokenStream spoken(TokenStream in) {
        TokenStream result = replace(in, PRESENT + "$", "$1yor");
        result = replace(result, PRESENT + "m$", "$1yorum");
        result = replace(result, PRESENT + "n$", "$1yorsun");
        result = replace(result, PRESENT + "z$", "$1yoruz");
        result = replace(result, PRESENT + "(sun|sunuz|lar|du|dum|muş|sa)$", "$1yor$2");
        // The future after a consonant: "yapcam" is "yapacağım", "gelcez" is "geleceğiz" (not "hocam").
        result = replace(result, "^(\\p{L}*[aıou]" + CONSONANTS + ")ca(m|z)$", "$1acağı$2");
        result = replace(result, "^(\\p{L}*[eiöü]" + CONSONANTS + ")ce(m|z)$", "$1eceği$2");
        result = replace(result, "^(\\p{L}*[aıou]" + CONSONANTS + ")cak$", "$1acak");
        return replace(result, "^(\\p{L}*[eiöü]" + CONSONANTS + ")cek$", "$1ecek");
    }

    private static TokenStream replace(TokenStream in, String regex, String replacement) {
        return new PatternReplaceFilter(in, Pattern.compile(regex), replacement, false);
    }

    /** Letters and pairs Dutch has and Turkish words hardly ever do (Turkish writes no w, and ç for ch). */
    private static final Pattern DUTCH = Pattern.compile("ij|oe|aa|ee|uu|ui|eu|ou|ch|w");
    private static final java.util.List<String> CASE_ENDINGS = java.util.List.of("ndan", "nden", "ları", "leri", "lari",
            "yla", "yle", "dan", "den", "tan", "ten", "nın", "nin", "nun", "nün", "ya", "ye", "yı", "yi", "da", "de", "ta",
            "te", "la", "le", "a", "e", "ı", "i", "u", "ü");

    /** A Dutch-looking word without a Turkish case ending ("huisartsa" → "huisarts"); the word itself otherwise. */
    static String withoutCaseEnding(String word) {
        if (!DUTCH.matcher(word).find()) {
            return word;
        }
        for (String ending : CASE_ENDINGS) {
            String stem = word.substring(0, Math.max(0, word.length() - ending.length()));
            if (word.endsWith(ending) && stem.length() >= 4 && DUTCH.matcher(stem).find()) {
                return stem;
            }
        }
        return word;
    }

    private static final Pattern TURKISH_LETTERS = Pattern.compile("[çğıöşü]");
    private static final Pattern BETWEEN_VOWELS = Pattern.compile("(?<=[aeiou])g(?=[aeiou])");

    /**
     * A word typed without Turkish letters with its g between vowels as ğ ("cocugum" → "cocuğum",
     * "degil" → "değil"): a native Turkish g between vowels is nearly always a softened k or ğ, and
     * the stemmer turns a final ğ back into k ("çocuğum" → "çocuk"), where "cocugum" alone stems to
     * "cocugu" and never meets "çocuk". The word itself otherwise (and Dutch-looking words).
     */
    static String softened(String word) {
        if (TURKISH_LETTERS.matcher(word).find() || DUTCH.matcher(word).find()) {
            return word;
        }
        return BETWEEN_VOWELS.matcher(word).replaceAll("ğ");
    }

    /** Lucene's Turkish stop words and the spoken ones, each also without Turkish letters ("nasil"). */
    private static CharArraySet stopwords() {
        CharArraySet with = WordLists.stopwords(TurkishAnalyzer.getDefaultStopSet(), false, COLLOQUIAL_STOPWORDS);
        CharArraySet all = new CharArraySet(with, false);
        for (Object word : with) {
            all.add(ascii(new String((char[]) word)));
        }
        return CharArraySet.unmodifiableSet(all);
    }

    static String ascii(String word) {
        char[] out = new char[word.length() * 4];
        int n = ASCIIFoldingFilter.foldToASCII(word.toCharArray(), 0, out, 0, word.length());
        return new String(out, 0, n);
    }

    private static SynonymMap colloquial() {
        Analyzer words = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new WhitespaceTokenizer();
                return new TokenStreamComponents(source, new TurkishLowerCaseFilter(source));
            }
        };
        return WordLists.synonyms(COLLOQUIAL, words);
    }
}
