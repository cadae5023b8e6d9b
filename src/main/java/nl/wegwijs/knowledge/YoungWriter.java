package nl.wegwijs.knowledge;

import java.util.regex.Pattern;

/**
 * A story told by a teenager about themself ("ik ben 14 en ...", "im 16 and", "mam 14 lat", "мені 14",
 * "15 yaşındayım", "عمري 15"): the entries written for young people (tag {@code jongere}) fit it better
 * than the ones for parents that share its words (a mother who drinks, a little brother to look after).
 * Checked in every language at once, as parents and teenagers mix them.
 */
final class YoungWriter {

    /** The tag of the entries for young people themselves. */
    static final String TAG = "jongere";

    private static final String AGE = "(1[0-7])";
    private static final Pattern WRITES = Pattern.compile(String.join("|",
            // nl, Flemish
            "\\b(ik ben|ben|k ben|kben)\\s+" + AGE + "\\b", "\\bik\\s+ben\\s+(een\\s+)?(tiener|puber|meisje|jongen)\\s+van\\s+" + AGE,
            // en
            "\\b(i'?m|i\\s+am|im)\\s+" + AGE + "\\b", "\\bi\\s+am\\s+a\\s+" + AGE,
            // pl
            "\\bmam\\s+" + AGE + "\\s+lat", "\\bjestem\\s+w\\s+wieku\\s+" + AGE,
            // tr
            "\\b" + AGE + "\\s+ya[sş][iı]nday[iı]m", "\\bben\\s+" + AGE + "\\s+ya[sş]",
            // uk (also Russian-keyboard and Latin)
            "(мені|мне|мини|meni)\\s+" + AGE + "\\b", "\\b(ja|я)\\s+" + AGE + "\\b",
            // ar
            "(عمري|انا عمري|أنا عمري)\\s*" + AGE, "عندي\\s*" + AGE + "\\s*(سنة|سنه)"),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private YoungWriter() {
    }

    static boolean writes(String text) {
        return WRITES.matcher(text).find();
    }
}
