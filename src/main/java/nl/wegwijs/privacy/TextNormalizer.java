package nl.wegwijs.privacy;

/**
 * Makes numbers look the same however they were typed, so one set of patterns sees them all:
 * Arabic-Indic and Persian digits become ASCII digits, no-break spaces become spaces and the invisible
 * direction marks that Arabic keyboards put around numbers are dropped. Private-use characters are dropped
 * because the scrubber uses them as internal markers.
 */
final class TextNormalizer {
    private TextNormalizer() {
    }

    static String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') {
                sb.append((char) ('0' + (c - '\u0660')));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                sb.append((char) ('0' + (c - '\u06F0')));
            } else if (c == '\u00A0' || c == '\u202F' || c == '\u2007') {
                sb.append(' ');
            } else if ((c >= '\uE000' && c <= '\uE0FF') || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                continue;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
