package nl.wegwijs.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.wegwijs.language.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Turns text into features for matching: the language's stemmed words (Lucene's analyzers), and
 * character trigrams of the words with accents and letter variants folded away, so that
 * misspellings and missing diacritics ("sikayet", "jezyk") still meet their target.
 */
final class TextAnalysis {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /**
     * A Dutch word glued to an Arabic article or a Cyrillic word ("الkinderopvang", "вwijkteam"):
     * Unicode word rules keep letters of two scripts as one word, so the Dutch name would be lost.
     */
    static final Pattern SCRIPT_SEAM = Pattern.compile(
            "(?<=\\p{IsLatin})(?=[\\p{IsArabic}\\p{IsCyrillic}])|(?<=[\\p{IsArabic}\\p{IsCyrillic}])(?=\\p{IsLatin})");

    private final Map<Language, Analyzer> analyzers = new EnumMap<>(Language.class);
    private final Map<Language, CharArraySet> stopwords = new EnumMap<>(Language.class);

    TextAnalysis() {
        // Each language's analyzer comes from its parts (nl.wegwijs.language.LanguageParts).
        for (Language language : Language.values()) {
            Analyzer analyzer = nl.wegwijs.language.LanguageParts.of(language).analyzer().get();
            put(language, analyzer, analyzer instanceof org.apache.lucene.analysis.StopwordAnalyzerBase s ? s.getStopwordSet()
                    : analyzer instanceof nl.wegwijs.language.UkrainianSurzhykAnalyzer u ? u.getStopwordSet() : CharArraySet.EMPTY_SET);
        }
    }

    private void put(Language language, Analyzer analyzer, CharArraySet stop) {
        analyzers.put(language, analyzer);
        stopwords.put(language, stop);
    }

    /** Features of a text: stemmed words ("w:") and folded trigrams ("g:"), with counts. */
    Map<String, Double> features(String raw, Language language) {
        String text = seamed(script(raw, language));
        Map<String, Double> features = new HashMap<>();
        for (String stem : stems(text, language)) {
            features.merge("w:" + stem, 1.0, Double::sum);
        }
        for (String word : contentWords(text, language)) {
            String padded = " " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                features.merge("g:" + padded.substring(i, i + 3), 1.0, Double::sum);
            }
        }
        return features;
    }

    List<String> stems(String text, Language language) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzers.get(language).tokenStream("f", seamed(script(text, language)))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute step = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int samePositionFrom = 0;
            while (ts.incrementToken()) {
                // A dictionary analyzer (Ukrainian Morfologik) also gives a word's proper-noun
                // lemma ("школа" and "Школа", "вікно" and "Вікно"): one word, one lower-case stem,
                // or a capital at the start of a sentence decides which phrasings a word meets.
                String stem = fold(term.toString()).toLowerCase(Locale.ROOT);
                if (step.getPositionIncrement() > 0) {
                    samePositionFrom = out.size();
                } else if (out.subList(samePositionFrom, out.size()).contains(stem)) {
                    continue;
                }
                out.add(stem);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Words that carry meaning, lower-cased and folded; stop words of the language dropped. */
    List<String> contentWords(String text, Language language) {
        CharArraySet stop = stopwords.get(language);
        List<String> out = new ArrayList<>();
        var m = WORD.matcher(lower(seamed(script(text, language)), language));
        while (m.find()) {
            String w = m.group();
            if (!stop.contains(w)) {
                out.add(fold(w));
            }
        }
        return out;
    }

    /**
     * Arabic typed in Latin letters (Arabizi) spelled in Arabic letters, Ukrainian typed in Latin letters
     * spelled in Cyrillic: for the phrasings of the language the parent reads.
     */
    static String script(String text, Language language) {
        if (language == Language.AR && nl.wegwijs.language.Arabizi.is(text)) {
            return nl.wegwijs.language.Arabizi.toArabic(text);
        }
        if (language == Language.UK && nl.wegwijs.language.UkrainianLatin.is(text)) {
            return nl.wegwijs.language.UkrainianLatin.toCyrillic(text);
        }
        return text;
    }

    /** Text with a space where a word changes script (see {@link #SCRIPT_SEAM}). */
    static String seamed(String text) {
        return SCRIPT_SEAM.matcher(cyrillicLookalikes(text)).replaceAll(" ");
    }

    private static final Pattern MIXED_WORD = Pattern.compile("\\p{L}*\\p{IsCyrillic}\\p{L}*");
    private static final String LATIN = "iIaAeEoOcCpPxXyYkKmMHTB";
    private static final String CYRILLIC = "іІаАеЕоОсСрРхХуУкКмМНТВ";

    /**
     * Latin look-alikes inside a Cyrillic word ("пiдлiтка", typed on a Russian keyboard that has no
     * і) replaced by their Cyrillic letters, so the word stays one word. A word with other Latin
     * letters ("вwijkteam"), or mostly Latin ones ("вOKT"), is a Dutch word glued to a Cyrillic one and is left to the seam.
     */
    static String cyrillicLookalikes(String text) {
        var m = MIXED_WORD.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String word = m.group();
            int latin = 0;
            boolean other = false;
            for (int k = 0; k < word.length(); k++) {
                char c = word.charAt(k);
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    latin++;
                    other |= LATIN.indexOf(c) < 0;
                }
            }
            // "вOKT" is a preposition glued to an abbreviation: the Cyrillic letters must be the most.
            if (latin == 0 || other || latin * 2 >= word.length()) {
                continue;
            }
            StringBuilder fixed = new StringBuilder(word.length());
            for (int k = 0; k < word.length(); k++) {
                char c = word.charAt(k);
                int at = LATIN.indexOf(c);
                fixed.append(at >= 0 ? CYRILLIC.charAt(at) : c);
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start()).append(fixed);
            last = m.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    static String lower(String text, Language language) {
        return language == Language.TR ? text.toLowerCase(Locale.forLanguageTag("tr")) : text.toLowerCase(Locale.ROOT);
    }

    /** Accents, Turkish dotless i, Polish ł, Arabic letter variants and vowel marks folded away. */
    static String fold(String word) {
        String w = word.replace('ı', 'i').replace('ł', 'l').replace('ß', 's')
                .replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ى', 'ي').replace('ة', 'ه')
                .replace('ґ', 'г').replace('ё', 'е');
        w = Normalizer.normalize(w, Normalizer.Form.NFD);
        // NFD turns Ukrainian ї and й into base letter plus mark; keep those letters as they are.
        w = w.replace("і\u0308", "ї").replace("и\u0306", "й");
        return russianKeyboard(MARKS.matcher(w).replaceAll("").replace("ـ", ""));
    }

    /**
     * Ukrainian typed on a Russian keyboard has no і, ї, є: parents write и or ы for и and і, э or е
     * for е and є ("мий сын", "мэнэ", "чы можу"). Both sides folded to и and е, so such a word meets
     * the content's spelling (a few Ukrainian pairs like кит/кіт fall together, which costs little).
     */
    private static String russianKeyboard(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= '\u0400' && c <= '\u04FF') {
                return w.replace('і', 'и').replace('ї', 'и').replace('ы', 'и').replace('є', 'е').replace('э', 'е');
            }
        }
        return w;
    }
}
