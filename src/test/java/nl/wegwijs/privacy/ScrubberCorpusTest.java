package nl.wegwijs.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the scrubber over realistic parent messages written apart from its rules
 * (src/test/resources/insights/, see its README): the first corpus, the train part of the second and
 * its held-out part. Per file it measures recall (personal-data items of which nothing is left),
 * keep-rate (spans that must survive, verbatim) and token precision (non-personal words kept), and
 * asserts just under the measured figures. The held-out file prints aggregate figures only, never a
 * text.
 */
class ScrubberCorpusTest {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Z]+\\]");
    private static final Pattern LONG_DIGITS = Pattern.compile("\\p{N}{4,}");
    // A part of a multi-word name ("Berg" of "Van den Berg") that survives is a leak too.
    private static final Pattern NAME_PART = Pattern.compile("(?<![\\p{L}])(?:\\p{Lu}\\p{Ll}{3,}|[\\u0621-\\u064A]{4,})(?![\\p{L}])");
    // Address fragments: a token with a digit ("22", "14a"), a postcode's letter pair ("DZ", also the "II"
    // of "22-II") or any capitalised word of the street ("Bos" of "Bos en Lommerweg 22").
    private static final Pattern FRAGMENT = Pattern.compile("(?s).*\\p{N}.*|\\p{Lu}\\p{L}*");

    record Sample(String lang, String text, List<String> pii, List<String> keep) {
    }

    /** What one file measured; floors are just under these (README, Measured). */
    record Figures(int messages, int piiTotal, int piiRemoved, int keepTotal, int keepKept, int tokens, int tokensKept,
            List<String> leaks, List<String> lostKeeps) {

        double recall() {
            return piiTotal == 0 ? 1.0 : (double) piiRemoved / piiTotal;
        }

        double keepRate() {
            return keepTotal == 0 ? 1.0 : (double) keepKept / keepTotal;
        }

        double precision() {
            return tokens == 0 ? 1.0 : (double) tokensKept / tokens;
        }

        String summary(String name) {
            return String.format(Locale.ROOT, "scrubber %s: %d messages; recall %.3f (%d of %d items removed);"
                    + " keep %.3f (%d of %d spans); precision %.3f (%d of %d tokens)", name, messages, recall(),
                    piiRemoved, piiTotal, keepRate(), keepKept, keepTotal, precision(), tokensKept, tokens);
        }
    }

    // floors: just under the figures measured on 2026-11-29 (README, Measured), with the fragment check
    static final double FIRST_RECALL = 0.995;     // measured 1.000 (320/320)
    static final double FIRST_KEEP = 0.995;       // 1.000 (395/395)
    static final double FIRST_PRECISION = 0.99;   // 0.997
    static final double TRAIN_RECALL = 0.975;     // 0.982 (274/279)
    static final double TRAIN_KEEP = 0.995;       // 1.000 (448/448)
    static final double TRAIN_PRECISION = 0.99;   // 0.992
    static final double HELDOUT_RECALL = 0.905;   // 0.914 (149/163); 0.890 before the handle, family-word and club rules
    static final double HELDOUT_KEEP = 0.99;      // 1.000 (220/220)
    static final double HELDOUT_PRECISION = 0.99; // 0.998

    private final PersonalDataScrubber scrubber = new PersonalDataScrubber();

    @Test
    void firstCorpus() throws IOException {
        Figures f = measure(load("/insights/scrub-corpus.jsonl"));
        System.out.println(f.summary("scrub-corpus"));
        f.leaks().forEach(l -> System.out.println("leak: " + l));
        f.lostKeeps().forEach(k -> System.out.println("lost keep: " + k));
        assertThat(f.recall()).isGreaterThanOrEqualTo(FIRST_RECALL);
        assertThat(f.keepRate()).isGreaterThanOrEqualTo(FIRST_KEEP);
        assertThat(f.precision()).isGreaterThanOrEqualTo(FIRST_PRECISION);
    }

    @Test
    void secondCorpusTrainPart() throws IOException {
        Figures f = measure(load("/insights/scrub-corpus-2.jsonl"));
        System.out.println(f.summary("scrub-corpus-2"));
        f.leaks().forEach(l -> System.out.println("leak: " + l));
        f.lostKeeps().forEach(k -> System.out.println("lost keep: " + k));
        assertThat(f.recall()).isGreaterThanOrEqualTo(TRAIN_RECALL);
        assertThat(f.keepRate()).isGreaterThanOrEqualTo(TRAIN_KEEP);
        assertThat(f.precision()).isGreaterThanOrEqualTo(TRAIN_PRECISION);
    }

    /** HELD-OUT: nobody reads this file while tuning; only the aggregate figures are printed. */
    @Test
    void secondCorpusHeldOutPart() throws IOException {
        Figures f = measure(load("/insights/scrub-heldout.jsonl"));
        System.out.println(f.summary("scrub-heldout (held-out)"));
        assertThat(f.recall()).as("held-out recall").isGreaterThanOrEqualTo(HELDOUT_RECALL);
        assertThat(f.keepRate()).as("held-out keep").isGreaterThanOrEqualTo(HELDOUT_KEEP);
        assertThat(f.precision()).as("held-out precision").isGreaterThanOrEqualTo(HELDOUT_PRECISION);
    }

    @Test
    void theLeakCheckCatchesAddressFragments() {
        assertThat(leakedParts("Bos en Lommerweg 22-II", "Bos en Lommerweg 22-II", "")).isNotEmpty();
        assertThat(leakedParts("Bos en Lommerweg 22-II", "[ADRES]-II", "")).containsExactly("II");
        assertThat(leakedParts("1055 DZ", "22 [ADRES] DZ", "")).containsExactly("DZ");
        assertThat(leakedParts("Bos en Lommerweg 22", "Bos en [ADRES]", "")).containsExactly("Bos");
        assertThat(leakedParts("Damstraat 31 bis", "[ADRES] bis, 31 kinderen", "31 kinderen")).isEmpty();
        assertThat(leakedParts("Damstraat 31 bis", "[ADRES] 31", "")).containsExactly("31");
    }

    Figures measure(List<Sample> samples) {
        List<String> leaks = new ArrayList<>();
        List<String> lostKeeps = new ArrayList<>();
        int piiTotal = 0;
        int piiRemoved = 0;
        int keepTotal = 0;
        int keepKept = 0;
        int nonPersonal = 0;
        int kept = 0;
        for (Sample s : samples) {
            String out = scrubber.scrub(s.text());
            String outside = s.text();
            for (String pii : s.pii()) {
                outside = outside.replace(pii, " ");
            }
            for (String pii : s.pii()) {
                piiTotal++;
                List<String> leaked = leakedParts(pii, out, outside);
                if (leaked.isEmpty()) {
                    piiRemoved++;
                } else {
                    leaks.add(s.lang() + " " + leaked + "\n    in:  " + s.text() + "\n    out: " + out);
                }
            }
            for (String keep : s.keep()) {
                keepTotal++;
                if (out.contains(keep)) {
                    keepKept++;
                } else {
                    lostKeeps.add(s.lang() + " '" + keep + "'\n    in:  " + s.text() + "\n    out: " + out);
                }
            }
            Map<String, Integer> expected = tokens(outside);
            Map<String, Integer> actual = tokens(PLACEHOLDER.matcher(out).replaceAll(" "));
            for (Map.Entry<String, Integer> e : expected.entrySet()) {
                nonPersonal += e.getValue();
                kept += Math.min(e.getValue(), actual.getOrDefault(e.getKey(), 0));
            }
        }
        return new Figures(samples.size(), piiTotal, piiRemoved, keepTotal, keepKept, nonPersonal, kept, leaks,
                lostKeeps);
    }

    /**
     * What is left of one personal-data span: the span itself; a capitalised part of a multi-word name;
     * a run of 4+ digits in any script; and for a span with digits (an address, a postcode) each of its
     * tokens with a digit, a postcode's letter pair or a capital ("22", "DZ", the "II" of "22-II", "Bos")
     * that the output holds more often than the text outside the personal data does ({@code outside}).
     */
    static List<String> leakedParts(String pii, String out, String outside) {
        List<String> leaked = leakedParts(pii, out);
        if (!leaked.isEmpty() || !pii.matches("(?s).*\\p{N}.*")) {
            return leaked;
        }
        Map<String, Integer> inOutput = tokensCased(PLACEHOLDER.matcher(out).replaceAll(" "));
        Map<String, Integer> elsewhere = tokensCased(outside);
        for (String token : tokensCased(pii).keySet()) {
            if (FRAGMENT.matcher(token).matches()
                    && inOutput.getOrDefault(token, 0) > elsewhere.getOrDefault(token, 0)) {
                leaked.add(token);
            }
        }
        return leaked;
    }

    private static Map<String, Integer> tokensCased(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = TOKEN.matcher(toAsciiDigits(text));
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }

    /** The pii string itself, or any 4+ digit run of it, still in the output. */
    static List<String> leakedParts(String pii, String out) {
        List<String> leaked = new ArrayList<>();
        if (out.contains(pii)) {
            leaked.add(pii);
        }
        if (pii.contains(" ") && !pii.matches(".*\\p{N}.*")) {
            Matcher part = NAME_PART.matcher(pii);
            while (part.find()) {
                if (Pattern.compile("(?<![\\p{L}])" + Pattern.quote(part.group()) + "(?![\\p{L}])").matcher(out).find()) {
                    leaked.add(part.group());
                }
            }
        }
        Matcher m = LONG_DIGITS.matcher(pii);
        while (m.find()) {
            String digits = toAsciiDigits(m.group());
            if (toAsciiDigits(out).replaceAll("[ .\\-]", "").contains(digits) && !leaked.contains(pii)) {
                leaked.add(m.group());
            }
        }
        return leaked;
    }

    private static String toAsciiDigits(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> sb.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : (char) c));
        return sb.toString();
    }

    static Map<String, Integer> tokens(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = TOKEN.matcher(toAsciiDigits(text).toLowerCase(Locale.ROOT));
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }

    static List<Sample> load(String resource) throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        List<Sample> samples = new ArrayList<>();
        try (InputStream in = ScrubberCorpusTest.class.getResourceAsStream(resource);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    samples.add(mapper.readValue(line, Sample.class));
                }
            }
        }
        return samples;
    }
}
