package nl.wegwijs.safety;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Repairs one-letter typos in long words towards the words the rules use ("zelfmort" to "zelfmoord",
 * "suicde" to "suicide"), so that the rules need not list every typo.
 *
 * <p>Only words of at least {@value #MIN_LENGTH} letters are repaired, and only when exactly one rule
 * word is one edit away (a letter added, missing, changed, or two letters swapped): short words have
 * too many innocent neighbours. Word stems from rules ({@code mishandel\w*}) repair the start of a word.
 * The first letter must already be right: first-letter typos are rare, and allowing them turned the
 * Polish "skaleczył" (cut himself by accident) into "okaleczył" (self-harm).
 */
final class Vocabulary {

    static final int MIN_LENGTH = 6;

    // a literal word in a normalised pattern: letters between regex syntax, optionally followed by \w (a stem)
    private static final Pattern PATTERN_WORD =
            Pattern.compile("(?<=^|[ (|:])(\\p{L}[\\p{L}\\p{N}]{" + (MIN_LENGTH - 1) + ",})(?=$|[ )|]|(\\\\w))");

    private final Set<String> words;
    /**
     * The words by first letter and length, and the stems by first letter (in sorted order): a token
     * is compared only with the words that could be one edit away from it, not with all of them
     * (a linear scan of every rule word per long word was a large part of the crisis check's time).
     */
    private final Map<String, List<String>> wordsByStart;
    private final Map<Character, List<String>> stemsByFirst;
    private final int size;

    private Vocabulary(Set<String> words, Set<String> stems) {
        this.words = Set.copyOf(words);
        this.wordsByStart = new TreeSet<>(words).stream().collect(Collectors.groupingBy(
                w -> key(w.charAt(0), w.length()), Collectors.toUnmodifiableList()));
        this.stemsByFirst = new TreeSet<>(stems).stream().collect(Collectors.groupingBy(
                s -> s.charAt(0), Collectors.toUnmodifiableList()));
        this.size = words.size() + stems.size();
    }

    private static String key(char first, int length) {
        return first + ":" + length;
    }

    /** Returns normalised text with repaired words; text is in the form {@link TextNormaliser#text} makes. */
    String repair(String normalised) {
        String[] tokens = normalised.split(" ", -1);
        boolean changed = false;
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            if (token.length() < MIN_LENGTH || words.contains(token) || startsWithStem(token)) {
                continue;
            }
            String repaired = repairToken(token);
            if (repaired != null) {
                tokens[i] = repaired;
                changed = true;
            }
        }
        return changed ? String.join(" ", tokens) : normalised;
    }

    private boolean startsWithStem(String token) {
        for (String stem : stemsByFirst.getOrDefault(token.charAt(0), List.of())) {
            if (token.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    private String repairToken(String token) {
        String found = null;
        for (int length = token.length() - 1; length <= token.length() + 1; length++) {
            for (String word : wordsByStart.getOrDefault(key(token.charAt(0), length), List.of())) {
                if (oneEditApart(token, word)) {
                    if (found != null) {
                        return null; // ambiguous: leave it
                    }
                    found = word;
                }
            }
        }
        if (found != null) {
            return found;
        }
        for (String stem : stemsByFirst.getOrDefault(token.charAt(0), List.of())) {
            // same length first (a changed letter), then one letter more or fewer
            for (int len : new int[] {stem.length(), stem.length() + 1, stem.length() - 1}) {
                if (len <= token.length() && oneEditApart(token.substring(0, len), stem)) {
                    return stem + token.substring(len);
                }
            }
        }
        return null;
    }

    /** True when a and b differ by exactly one insertion, deletion, substitution or adjacent swap. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true; // substitution
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2);
        }
        if (la > lb) {
            return a.regionMatches(i + 1, b, i, lb - i);
        }
        return b.regionMatches(i + 1, a, i, la - i);
    }

    static final class Builder {
        private final Set<String> words = new HashSet<>();
        private final Set<String> stems = new HashSet<>();

        void addWordsOf(String normalisedPattern) {
            Matcher m = PATTERN_WORD.matcher(normalisedPattern);
            while (m.find()) {
                (m.group(2) != null ? stems : words).add(m.group(1));
            }
        }

        Vocabulary build() {
            return new Vocabulary(words, stems);
        }
    }

    int size() {
        return size;
    }
}
