package nl.wegwijs.safety;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a readable rule pattern into a regex over normalised text.
 *
 * <p>Rule patterns are Java regexes with a few conveniences, documented in the header of every
 * rules file:
 * <ul>
 *   <li>a space is a word boundary (normalised text is single-spaced);</li>
 *   <li>{@code " ~ "} lets up to 4 other words stand between two parts, {@code " ~~ "} up to 8,
 *       never across a sentence end;</li>
 *   <li>{@code @name} is replaced by a definition from the same file ({@code @partner = (man|vriend)});</li>
 *   <li>every run of letters is normalised like message text, so "mąż" in a rule matches "maz".</li>
 * </ul>
 * A whole pattern always starts and ends at a word boundary; {@code \w*} allows a longer ending.
 */
final class RuleCompiler {

    private static final String WORD = "[^ " + TextNormaliser.SENTENCE_END + "]+";
    /**
     * The same, possessive: a gap word is always followed by a space, which no shorter part of the
     * word is, so giving back letters one by one (what the plain form tries first) never matches.
     */
    private static final String WORD_POSSESSIVE = WORD + "+";
    private static final Pattern LETTER_RUN = Pattern.compile("[\\p{L}\\p{M}'\u2019]+");

    private RuleCompiler() {
    }

    /**
     * The rule as it runs: the same matches as {@link #compilePlain}, found with less work: a
     * look-ahead for its first letters ({@link FirstLetters}), and gaps whose words are taken whole.
     */
    static Pattern compile(String pattern) {
        String regex = regex(pattern, WORD_POSSESSIVE);
        return Pattern.compile(FirstLetters.lookahead(regex) + "(?<= )(?:" + regex + ")(?= )", Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** The rule exactly as written: the reference {@link #compile} is tested against. */
    static Pattern compilePlain(String pattern) {
        return Pattern.compile("(?<= )(?:" + regex(pattern) + ")(?= )", Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** What every match of the rule begins with ({@link FirstLetters#starts}), or empty when not known. */
    static java.util.Set<String> starts(String pattern) {
        return FirstLetters.starts(regex(pattern, WORD)).orElse(java.util.Set.of());
    }

    private static String regex(String pattern) {
        return regex(pattern, WORD);
    }

    private static String regex(String pattern, String word) {
        return normaliseLetters(pattern.trim())
                .replace(" ~~ ", "(?: " + word + "){0,8} ")
                .replace(" ~ ", "(?: " + word + "){0,4} ");
    }

    /** Normalises the words of a pattern but leaves regex escapes such as \w and \s alone. */
    static String normaliseLetters(String pattern) {
        Matcher m = LETTER_RUN.matcher(pattern);
        StringBuilder out = new StringBuilder(pattern.length());
        int last = 0;
        while (m.find()) {
            out.append(pattern, last, m.start());
            String run = m.group();
            boolean escaped = m.start() > 0 && pattern.charAt(m.start() - 1) == '\\';
            if (escaped) {
                out.append(run.charAt(0));
                run = run.substring(1);
            }
            out.append(TextNormaliser.word(run));
            last = m.end();
        }
        return out.append(pattern.substring(last)).toString();
    }
}
