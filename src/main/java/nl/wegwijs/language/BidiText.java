package nl.wegwijs.language;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Right-to-left text that contains left-to-right pieces: phone numbers, Dutch names, web addresses
 * and commands. Without help the Unicode bidi algorithm shows "088-555 1000" inside Arabic as
 * "1000 088-555", and a line that starts with "Veilig Thuis" is laid out left-to-right. Each such
 * piece is wrapped in a left-to-right isolate (U+2066 ... U+2069), and a line that does not start
 * with a right-to-left letter gets a right-to-left mark (U+200F), because Telegram and browsers
 * with {@code dir=auto} take a line's direction from its first strong letter. Done once, on the way
 * out, so the web page, Telegram and any later channel get the same text.
 */
public final class BidiText {

    public static final char LRI = '\u2066';
    public static final char PDI = '\u2069';
    public static final char RLM = '\u200F';

    /** A phone number in parts ("088-555 1000", "0800-2000"), or a run of Latin-script words. */
    private static final Pattern LTR_RUN = Pattern.compile(
            "\\d+(?:[ -]\\d+)+"
            + "|[/@]?\\p{IsLatin}[\\p{IsLatin}\\d'’./:@_-]*(?:[ ]+[/@]?[\\p{IsLatin}\\d][\\p{IsLatin}\\d'’./:@_-]*)*");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,:;!?’'-]+$");

    private BidiText() {
    }

    /** The text as a right-to-left reader should see it; unchanged when it is already isolated. */
    public static String isolate(String text) {
        if (text == null || text.isEmpty() || text.indexOf(LRI) >= 0) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = isolateLine(lines[i]);
        }
        return String.join("\n", lines);
    }

    private static String isolateLine(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        Matcher m = LTR_RUN.matcher(line);
        int last = 0;
        while (m.find()) {
            String run = m.group();
            Matcher tail = TRAILING_PUNCTUATION.matcher(run);
            String punctuation = tail.find() ? tail.group() : "";
            run = run.substring(0, run.length() - punctuation.length());
            if (run.isEmpty()) {
                continue;
            }
            out.append(line, last, m.start()).append(LRI).append(run).append(PDI).append(punctuation);
            last = m.end();
        }
        out.append(line.substring(last));
        String isolated = out.toString();
        String trimmed = isolated.stripLeading();
        if (!trimmed.isEmpty() && !startsRightToLeft(trimmed)) {
            isolated = RLM + isolated;
        }
        return isolated;
    }

    private static boolean startsRightToLeft(String s) {
        byte direction = Character.getDirectionality(s.codePointAt(0));
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }
}
