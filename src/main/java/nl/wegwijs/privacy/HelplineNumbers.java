package nl.wegwijs.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Public service numbers are what the trend log is about ("how many parents ask about 0800-2000"), and
 * they identify nobody. They are hidden behind markers before the phone rules run and put back after.
 * All 0800 (free) and 0900 (paid) numbers belong to organisations, never to a person, so all are kept;
 * 088 is for organisations too, but a caseworker's direct line can start with it, so only known ones stay.
 */
final class HelplineNumbers {
    private static final String SEP = "[ \\-.]?";
    private static final Pattern SERVICE = Pattern.compile(
            "(?<![\\d+])(?:0[89]00" + SEP + "\\d{2}" + SEP + "\\d{2}(?:" + SEP + "\\d{1,3})?"
                    + "|088" + SEP + "555" + SEP + "1000"
                    + "|116" + SEP + "1[12][13]"
                    + "|14" + SEP + "0\\d{2,3})(?!\\d)");
    // One private-use character per saved number: no digits, so no later rule can see a number in it.
    private static final char FIRST_MARKER = '\uE000';
    private static final Pattern MARKER = Pattern.compile("[\uE000-\uE0FF]");

    private HelplineNumbers() {
    }

    /** Replaces service numbers by private-use markers and returns them, in order, in {@code saved}. */
    static String hide(String text, List<String> saved) {
        Matcher m = SERVICE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            saved.add(m.group());
            if (saved.size() > 256) {
                break; // more than 256 helplines in one message is not a real message; scrub the rest as usual
            }
            m.appendReplacement(sb, String.valueOf((char) (FIRST_MARKER + saved.size() - 1)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static String restore(String text, List<String> saved) {
        if (saved.isEmpty()) {
            return text;
        }
        Matcher m = MARKER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(saved.get(m.group().charAt(0) - FIRST_MARKER)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static List<String> newStore() {
        return new ArrayList<>(2);
    }
}
