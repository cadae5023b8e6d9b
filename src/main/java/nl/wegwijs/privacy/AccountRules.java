package nl.wegwijs.privacy;

import java.util.regex.Pattern;

/** IBANs and BSNs: the two numbers that identify a parent or child to every Dutch office. */
final class AccountRules {
    private AccountRules() {
    }

    // No mod-97 check on purpose: an IBAN with a typo still points at one person's account. A space may follow the
    // country code ("NL 02 INGB ...") as people copy it from a banking app.
    static final Pattern IBAN = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}])(?:NL|BE|DE|LU|FR|GB|IE|ES|PT|IT|AT|CH|PL|UA|TR|RO|BG|HU|CZ|SK|SI|HR|LT|LV|EE|GR|CY|MT|DK|SE|FI|NO|IS|MA|SA|AE|JO|LB|QA|KW|BH|EG|IQ)"
                    + "[ ]?\\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?(?![\\p{L}\\p{N}])");

    // 9 digits, plain or grouped 3-3-3, 4-2-3 (as printed on Dutch letters) or 3.2.2.2 ... with dots or spaces.
    static final Pattern BSN = Pattern.compile(
            "(?<![\\d+\\-./])(?:\\d{9}|\\d{3}([. ])\\d{3}\\1\\d{3}|\\d{4}\\.\\d{2}\\.\\d{3}|\\d{3}[. ]\\d{2}[. ]\\d{2}[. ]\\d{2})(?![\\d]|[.\\- ]\\d)");

    /** The BSN "elfproef": 9*d1 + 8*d2 + ... + 2*d8 - d9 is a multiple of 11. */
    static boolean passesElevenCheck(String candidate) {
        String digits = candidate.replaceAll("\\D", "");
        if (digits.length() != 9 || digits.chars().allMatch(c -> c == '0')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (digits.charAt(i) - '0');
        }
        sum -= digits.charAt(8) - '0';
        return sum % 11 == 0;
    }
}
