package nl.wegwijs.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Ordinary parents' questions written for other features (the retrieval dev sets and the non-crisis
 * eval cases; not held-out material) must raise no safety alarm: a gaming row, a tantrum, a sad
 * teenager "alone in her room" or a pasted letter is not a crisis. Every alarm is printed with the
 * rules that fired, so the look-alike can be fixed.
 */
class OrdinaryQuestionsTest {

    /**
     * Alarms allowed per file, at what was measured (2026-11-29). Some are fair (a parent asking whether a
     * 22-year-old with gifts for a 14-year-old is a loverboy gets the safety line); the rest are look-alikes
     * still to fix: lower a number when you fix one. With train-7/8 in the signal's training part (18:10) the signal
     * alone raised two more: an eviction question in Ukrainian (acute) and a bullying question in German (possible).
     */
    private static final Map<String, Integer> MAX_ALARMS = Map.of(
            // 3 by the rules; 2 more since the linear signal (brief s12learn: two long English worries, a Veilig Thuis
            // letter after a loud row and a toddler who hits, which the signal alone reads as acute: the numbers first,
            // then the answer). 8 of 559 in all, the limit its thresholds were chosen under.
            "knowledge/realistic/dev-nl-en-tr.jsonl", 5,
            "knowledge/realistic/dev-ar-pl-uk.jsonl", 5,
            "knowledge/realistic/dev-unsupported.jsonl", 1,
            "eval/cases.jsonl", 0);

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void ordinaryQuestionsRaiseNoAlarm() {
        CrisisDetector detector = new CrisisDetector();
        Map<String, List<String>> alarms = new TreeMap<>();
        int turns = 0;
        for (String file : MAX_ALARMS.keySet()) {
            List<String> raised = alarms.computeIfAbsent(file, f -> new ArrayList<>());
            for (JsonNode item : read(file)) {
                if ("crisis".equals(item.path("kind").asText())) {
                    continue; // the eval set's own crisis cases
                }
                for (JsonNode turn : item.path("turns")) {
                    turns++;
                    SafetyVerdict verdict = detector.assess(turn.asText());
                    if (verdict.worrying()) {
                        raised.add(item.path("id").asText() + " " + verdict.getClass().getSimpleName() + " <- "
                                + detector.firingRules(turn.asText()) + " " + turn.asText());
                    }
                }
            }
        }
        System.out.println("safety ordinary questions: " + turns + " turns");
        alarms.forEach((file, raised) -> {
            System.out.println("safety ordinary questions " + file + ": " + raised.size() + " alarms");
            raised.forEach(r -> System.out.println("  ALARM: " + r));
        });
        alarms.forEach((file, raised) -> assertThat(raised).as("alarms on ordinary questions in " + file)
                .hasSizeLessThanOrEqualTo(MAX_ALARMS.get(file)));
    }

    /** Every ordinary question turn of the files above (the eval set's own crisis cases left out). */
    static List<String> turns() {
        List<String> turns = new ArrayList<>();
        for (String file : MAX_ALARMS.keySet()) {
            for (JsonNode item : read(file)) {
                if (!"crisis".equals(item.path("kind").asText())) {
                    item.path("turns").forEach(t -> turns.add(t.asText()));
                }
            }
        }
        return turns;
    }

    private static List<JsonNode> read(String file) {
        try (InputStream in = OrdinaryQuestionsTest.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing " + file);
            }
            List<JsonNode> items = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    items.add(JSON.readTree(line));
                }
            }
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
