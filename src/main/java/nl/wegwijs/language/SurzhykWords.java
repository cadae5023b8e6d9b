package nl.wegwijs.language;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ru.RussianLightStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Russian and surzhyk words in a Ukrainian message, read from {@code language/uk/surzhyk.txt}
 * ("forms => Ukrainian lemma"). The Ukrainian dictionary does not know a Russian word and passes
 * it on as typed, in any of its case endings ("ребенка", "ребенку", "ребенком"); so a listed form
 * is known by its Russian light stem (Lucene's {@link RussianLightStemmer}) and every other ending
 * of the same word meets the line too. A stem shorter than four letters is too likely to be some
 * other word ("дет", "над"): such forms are matched only as typed.
 */
final class SurzhykWords {

    private static final int STEM_MIN = 4;

    private final Map<String, String> typed = new HashMap<>();
    private final Map<String, String> stems = new HashMap<>();

    static SurzhykWords read(String resource) {
        SurzhykWords words = new SurzhykWords();
        for (String line : WordLists.lines(resource)) {
            String[] sides = line.split("=>");
            if (sides.length != 2 || sides[1].isBlank()) {
                throw new IllegalStateException(resource + ": not 'forms => lemma': " + line);
            }
            String lemma = sides[1].strip().toLowerCase(Locale.ROOT);
            for (String form : sides[0].split(",")) {
                String w = form.strip().toLowerCase(Locale.ROOT);
                if (w.isEmpty()) {
                    continue;
                }
                words.typed.put(w, lemma);
                String stem = stem(w);
                if (stem.length() >= STEM_MIN) {
                    words.stems.putIfAbsent(stem, lemma);
                }
            }
        }
        return words;
    }

    /** The Ukrainian lemma for a word (lower case), or null when the list does not know it. */
    String lemma(String word) {
        String lemma = typed.get(word);
        if (lemma != null || word.length() < STEM_MIN) {
            return lemma;
        }
        String stem = stem(word);
        return stem.length() >= STEM_MIN ? stems.get(stem) : null;
    }

    private static String stem(String word) {
        char[] chars = word.toCharArray();
        return new String(chars, 0, new RussianLightStemmer().stem(chars, chars.length));
    }

    /** Replaces each listed word by its Ukrainian lemma. */
    static final class Filter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final SurzhykWords words;

        Filter(TokenStream in, SurzhykWords words) {
            super(in);
            this.words = words;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String lemma = words.lemma(term.toString().toLowerCase(Locale.ROOT));
            if (lemma != null) {
                term.setEmpty().append(lemma);
            }
            return true;
        }
    }
}
