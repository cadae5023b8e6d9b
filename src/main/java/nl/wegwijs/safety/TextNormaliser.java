package nl.wegwijs.safety;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text to a spelling skeleton so that one rule covers many ways of writing the same words.
 *
 * <p>The same folding is applied to the words in the rules, so a rule author writes natural words
 * ("mąż", "б'є", "أبي") and they match the careless forms people type in a hurry ("maz", "бье", "ابي").
 * What it does, and why:
 * <ul>
 *   <li>lower case, diacritics removed: people on a phone skip them ("dovuyor" for "dövüyor");</li>
 *   <li>Arabic: tashkeel and tatweel removed, alef/ya/ta-marbuta variants merged, Arabic-Indic digits
 *       made ASCII ("عمري ١٣");</li>
 *   <li>Ukrainian and Russian spellings merged (і/ї/и/ы, є/е/э, ґ/г, soft and hard signs dropped),
 *       because many Ukrainians write a mix of both; a Latin "i" inside a Cyrillic word is "і";</li>
 *   <li>apostrophes dropped, so "б'є", "m'n" and "don't" stay one word;</li>
 *   <li>every run of the same letter becomes one letter: "slaaat", "slat" and "slaat" are one skeleton,
 *       as are "kill" and "kil" (digits are kept as they are: "112", "11");</li>
 *   <li>sentence ends become a " # " token, so a rule does not join words from different sentences.</li>
 * </ul>
 * The result is single-spaced with one space at both ends, so rules can use a space as word boundary.
 */
final class TextNormaliser {

    /** Marks a sentence end in normalised text. Rules' word gaps never cross it. */
    static final char SENTENCE_END = '#';

    private TextNormaliser() {
    }

    /** Normalises a whole message. */
    static String text(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 2).append(' ');
        fold(raw, out, true);
        out.append(' ');
        return tidySpaces(out);
    }

    /** Normalises a run of letters from a rule pattern the same way as message text. */
    static String word(String letters) {
        StringBuilder out = new StringBuilder(letters.length());
        fold(letters, out, false);
        return out.toString();
    }

    private static void fold(String raw, StringBuilder out, boolean structure) {
        String decomposed = Normalizer.normalize(raw.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        int lastLetter = -1;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (dropped(cp)) {
                continue;
            }
            String mapped = latinIAmongCyrillic(cp, decomposed, i) ? "\u0438" : mapped(cp);
            if (mapped != null) {
                for (int j = 0; j < mapped.length(); j++) {
                    lastLetter = appendLetter(out, mapped.charAt(j), lastLetter);
                }
            } else if (Character.isLetter(cp)) {
                if (Character.isBmpCodePoint(cp)) {
                    lastLetter = appendLetter(out, (char) cp, lastLetter);
                } else {
                    out.appendCodePoint(cp);
                    lastLetter = -1;
                }
            } else if (Character.isDigit(cp)) {
                out.append((char) ('0' + Character.digit(cp, 10)));
                lastLetter = -1;
            } else if (structure) {
                out.append(endsSentence(cp) ? " " + SENTENCE_END + " " : " ");
                lastLetter = -1;
            } else {
                out.appendCodePoint(cp);
                lastLetter = -1;
            }
        }
    }

    /**
     * A Latin "i" next to a Cyrillic letter is the Ukrainian "і" typed on a keyboard without it ("вiн менi",
     * "пiд ковдру"): it folds like "і", or no Ukrainian rule would match the word.
     */
    private static boolean latinIAmongCyrillic(int cp, String text, int next) {
        if (cp != 'i') {
            return false;
        }
        int before = next - 2;
        return before >= 0 && isCyrillic(text.codePointAt(before))
                || next < text.length() && isCyrillic(text.codePointAt(next));
    }

    private static boolean isCyrillic(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC;
    }

    private static int appendLetter(StringBuilder out, char c, int lastLetter) {
        if (c != lastLetter) {
            out.append(c);
        }
        return c;
    }

    /** Combining marks (diacritics, Arabic tashkeel and hamza seats), tatweel, apostrophes, soft/hard signs. */
    private static boolean dropped(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return true;
        }
        return switch (cp) {
            case '\'', '\u2019', '\u2018', '\u02bc', '`', '\u00b4', '\u0640', '\u044c', '\u044a' -> true;
            default -> false;
        };
    }

    private static String mapped(int cp) {
        return switch (cp) {
            case '\u0131' -> "i";            // Turkish dotless i
            case '\u0142' -> "l";            // Polish ł has no decomposition
            case '\u00f8' -> "o";
            case '\u00df' -> "ss";
            case '\u00e6' -> "ae";
            case '\u0153' -> "oe";
            case '\u0649', '\u06cc' -> "\u064a";  // alef maqsura, Persian ya -> ya
            case '\u0629' -> "\u0647";       // ta marbuta -> ha: people write both
            case '\u0671' -> "\u0627";       // alef wasla -> alef
            case '\u06a9' -> "\u0643";       // Persian kaf
            case '\u0456', '\u0457', '\u044b' -> "\u0438";  // і ї ы -> и
            case '\u0454', '\u044d' -> "\u0435";            // є э -> е
            case '\u0491' -> "\u0433";       // ґ -> г
            case '\u045e' -> "\u0443";       // ў -> у
            default -> null;
        };
    }

    private static boolean endsSentence(int cp) {
        return switch (cp) {
            case '.', '!', '?', ';', '\n', '\r', '\u2026', '\u061f', '\u06d4', '\u061b' -> true;
            default -> false;
        };
    }

    private static String tidySpaces(StringBuilder s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                continue;
            }
            if (c == SENTENCE_END && out.length() >= 2 && out.charAt(out.length() - 2) == SENTENCE_END) {
                continue; // "?!" or "..." is one sentence end
            }
            out.append(c);
        }
        return out.toString();
    }
}
