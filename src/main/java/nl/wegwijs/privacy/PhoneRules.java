package nl.wegwijs.privacy;

import java.util.regex.Pattern;

/**
 * Phone numbers, Dutch and foreign. International numbers run before the BSN rule (so "+48 600 123 456" is
 * not taken for a BSN), national ones after it (so a valid BSN is typed as [BSN], not [TELEFOON]).
 */
final class PhoneRules {
    private PhoneRules() {
    }

    // Up to three separator characters between digits: people type "06 - 41 22 33 90" and "0 6 12 34 56 78".
    private static final String DIGIT_RUN = "(?:[ \\-./()]{0,3}\\d)";

    /** +31 6 12345678, 0031 6 ..., +380 (67) 123-45-67, +90 532 123 45 67, +31 (0)20 ... */
    static final ScrubRule INTERNATIONAL = new RegexRule(Pattern.compile(
            "(?<![\\p{L}\\p{N}+])(?:\\+|00)[1-9]\\d{0,2}(?:[ \\-.]?\\(0\\))?" + DIGIT_RUN + "{6,13}(?!\\d)"),
            Placeholder.TELEFOON);

    /** 06-12345678, 020 123 45 67, 0570 612 345, Turkish 0532 123 45 67, Ukrainian 067 123 45 67. */
    static final ScrubRule NATIONAL = new RegexRule(Pattern.compile(
            "(?<![\\p{L}\\p{N}+\\-./])\\(?0[ \\-]?\\d" + DIGIT_RUN + "{7,10}(?![\\p{N}]|[.\\-/]\\d)"),
            Placeholder.TELEFOON);

    /**
     * Nine digits that failed the BSN check but still look like a phone number: a Dutch mobile without its 0
     * (6xxxxxxxx), or a Polish/Ukrainian local number written in groups (600 123 456, 512-345-678).
     */
    static final ScrubRule NINE_DIGIT = new RegexRule(Pattern.compile(
            "(?<![\\p{L}\\p{N}+\\-./])(?:6\\d{8}|[4-9]\\d{2}[ \\-]\\d{3}[ \\-]\\d{3}|6[ \\-]?\\d{2}[ \\-]?\\d{2}[ \\-]?\\d{2}[ \\-]?\\d{2})(?![\\p{N}]|[.\\-/ ]\\d)"),
            Placeholder.TELEFOON);
}
