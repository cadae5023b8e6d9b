package nl.wegwijs.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch-Douma, the Dutch adaptation of Flesch reading ease (Douma, 1960):
 * 206.835 - 0.93 x (words per sentence) - 77 x (syllables per word). Syllables are counted as
 * Dutch vowel groups (ij, ei, oe, ou, au, ui, ie, eu and double vowels count once).
 */
record DutchReadability(double fleschDouma, double wordsPerSentence, int longestSentence, int words) {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?:])\\s+|\\n+");
    private static final Pattern WORD = Pattern.compile("[A-Za-zÀ-ÿ0-9][\\w'-]*");
    private static final Pattern VOWEL_GROUP = Pattern.compile("(?:ij|ei|oe|ou|au|ui|ie|eu|aa|ee|oo|uu|[aeiouyéèëïöü])+");

    static DutchReadability of(String text) {
        List<List<String>> sentences = new ArrayList<>();
        for (String s : SENTENCE_END.split(text.strip())) {
            List<String> words = words(s);
            if (!words.isEmpty()) {
                sentences.add(words);
            }
        }
        int words = sentences.stream().mapToInt(List::size).sum();
        if (words == 0) {
            return new DutchReadability(0, 0, 0, 0);
        }
        int syllables = sentences.stream().flatMap(List::stream).mapToInt(DutchReadability::syllables).sum();
        double perSentence = (double) words / sentences.size();
        double fd = 206.835 - 0.93 * perSentence - 77.0 * syllables / words;
        int longest = sentences.stream().mapToInt(List::size).max().orElse(0);
        return new DutchReadability(fd, perSentence, longest, words);
    }

    private static List<String> words(String sentence) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.matches("[\\d-]+")) {
            return 1;
        }
        int n = 0;
        Matcher m = VOWEL_GROUP.matcher(w);
        while (m.find()) {
            n++;
        }
        return Math.max(1, n);
    }
}
