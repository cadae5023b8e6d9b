package nl.wegwijs.safety;

import java.text.Normalizer;

/**
 * One form of a text for comparing facts: compatibility forms folded (full-width ０８００ and
 * presentation forms become plain), digits of every script made ASCII (Arabic-Indic ٠٨٠٠,
 * Persian ۰۸۰۰, Devanagari ...), and invisible format characters (bidi marks, zero-width joiners)
 * removed, so "٠٨٠٠-٢٠٠٠" is the number 0800-2000 and cannot hide from the check.
 */
final class Digits {

    private Digits() {
    }

    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.FORMAT) {
                return;
            }
            if (Character.isDigit(c)) {
                out.append((char) ('0' + Character.digit(c, 10)));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
