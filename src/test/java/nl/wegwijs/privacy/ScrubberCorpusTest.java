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
 * Runs the scrubber over realistic parent messages (src/test/resources/insights/scrub-corpus.jsonl).
 * Any leak fails the build; over-scrubbing is measured and only fails below {@link #MIN_PRECISION}.
 */
class ScrubberCorpusTest {
    private static final double MIN_PRECISION = 0.85;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Z]+\\]");
    private static final Pattern LONG_DIGITS = Pattern.compile("\\p{N}{4,}");
    // A part of a multi-word name ("Berg" of "Van den Berg") that survives is a leak too.
    private static final Pattern NAME_PART = Pattern.compile("(?<![\\p{L}])(?:\\p{Lu}\\p{Ll}{3,}|[\\u0621-\\u064A]{4,})(?![\\p{L}])");

    record Sample(String lang, String text, List<String> pii, List<String> keep) {
    }

    private final PersonalDataScrubber scrubber = new PersonalDataScrubber();

    @Test
    void scrubsCorpusWithoutLeaksAndWithoutLosingTheQuestion() throws IOException {
        List<Sample> samples = load("/insights/scrub-corpus.jsonl");
        List<String> leaks = new ArrayList<>();
        List<String> lostKeeps = new ArrayList<>();
        Map<String, Integer> perLanguage = new HashMap<>();
        int nonPersonal = 0;
        int kept = 0;
        int piiTotal = 0;
        int piiRemoved = 0;
        for (Sample s : samples) {
            perLanguage.merge(s.lang(), 1, Integer::sum);
            String out = scrubber.scrub(s.text());
            for (String pii : s.pii()) {
                piiTotal++;
                List<String> leaked = leakedParts(pii, out);
                if (leaked.isEmpty()) {
                    piiRemoved++;
                } else {
                    leaks.add(s.lang() + " " + leaked + "\n    in:  " + s.text() + "\n    out: " + out);
                }
            }
            for (String keep : s.keep()) {
                if (!out.contains(keep)) {
                    lostKeeps.add(s.lang() + " '" + keep + "'\n    in:  " + s.text() + "\n    out: " + out);
                }
            }
            Map<String, Integer> expected = tokens(s.text());
            for (String pii : s.pii()) {
                tokens(pii).forEach((t, n) -> expected.computeIfPresent(t, (k, v) -> v - n > 0 ? v - n : null));
            }
            Map<String, Integer> actual = tokens(PLACEHOLDER.matcher(out).replaceAll(" "));
            for (Map.Entry<String, Integer> e : expected.entrySet()) {
                nonPersonal += e.getValue();
                kept += Math.min(e.getValue(), actual.getOrDefault(e.getKey(), 0));
            }
        }
        double precision = nonPersonal == 0 ? 1.0 : (double) kept / nonPersonal;
        double recall = piiTotal == 0 ? 1.0 : (double) piiRemoved / piiTotal;
        System.out.printf(Locale.ROOT, "scrubber: %d leaks in %d messages; precision %.3f (over-scrubbed %d of %d tokens); recall %.3f (%d of %d items); per language %s%n",
                leaks.size(), samples.size(), precision, nonPersonal - kept, nonPersonal, recall, piiRemoved, piiTotal, perLanguage);
        lostKeeps.forEach(k -> System.out.println("lost keep: " + k));
        leaks.forEach(l -> System.out.println("leak: " + l));

        assertThat(perLanguage.values()).allMatch(n -> n >= 30);
        assertThat(leaks).as("personal data left in the output").isEmpty();
        assertThat(lostKeeps).as("non-personal text that must survive").isEmpty();
        assertThat(precision).as("share of non-personal tokens kept").isGreaterThanOrEqualTo(MIN_PRECISION);
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
