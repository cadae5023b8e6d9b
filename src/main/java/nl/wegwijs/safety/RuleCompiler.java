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
    private static final Pattern LETTER_RUN = Pattern.compile("[\\p{L}\\p{M}'\u2019]+");

    private RuleCompiler() {
    }

    static Pattern compile(String pattern) {
        String regex = normaliseLetters(pattern.trim())
                .replace(" ~~ ", "(?: " + WORD + "){0,8} ")
                .replace(" ~ ", "(?: " + WORD + "){0,4} ");
        return Pattern.compile("(?<= )(?:" + regex + ")(?= )", Pattern.UNICODE_CHARACTER_CLASS);
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
