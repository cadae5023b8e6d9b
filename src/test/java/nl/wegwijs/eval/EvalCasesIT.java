package nl.wegwijs.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nl.wegwijs.support.ChatApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Our own conversation cases (src/test/resources/eval/cases.jsonl, the form of
 * ../shared/eval), judged as the shared runner judges them: through the web chat API, each
 * group of patterns must match, none of the forbidden ones, and the reply must be in the
 * expected language. Prints the pass rate per kind and language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EvalCasesIT {

    static final double MIN_PASS_RATE = 0.9;

    @LocalServerPort
    int port;

    @Test
    void passesTheConversationCases() throws Exception {
        var json = JsonMapper.builder().build();
        var api = new ChatApiClient(port);
        Map<String, int[]> tally = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int passed = 0;
        int total = 0;
        for (String line : new ClassPathResource("eval/cases.jsonl").getContentAsString(StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode c = json.readTree(line);
            String conversation = "eval-" + c.path("id").asString() + "-" + System.nanoTime();
            String reply = "";
            for (JsonNode turn : c.path("turns")) {
                reply = api.text(conversation, turn.asString()).allText();
            }
            List<String> why = judge(c, reply);
            total++;
            passed += why.isEmpty() ? 1 : 0;
            for (String key : List.of(c.path("kind").asString(), c.path("lang").asString())) {
                int[] t = tally.computeIfAbsent(key, k -> new int[2]);
                t[0] += why.isEmpty() ? 1 : 0;
                t[1]++;
            }
            if (!why.isEmpty()) {
                failures.add(c.path("id").asString() + ": " + String.join("; ", why) + "\n   reply: "
                        + reply.substring(0, Math.min(200, reply.length())).replace('\n', ' '));
            }
        }
        failures.forEach(f -> System.out.println("FAIL " + f));
        tally.forEach((k, t) -> System.out.printf("eval %s: %d/%d%n", k, t[0], t[1]));
        System.out.printf("eval: %d/%d passed (%.0f%%)%n", passed, total, 100.0 * passed / total);
        assertThat((double) passed / total).isGreaterThanOrEqualTo(MIN_PASS_RATE);
    }

    static List<String> judge(JsonNode c, String reply) {
        List<String> why = new ArrayList<>();
        for (JsonNode group : c.path("any")) {
            boolean any = false;
            for (JsonNode rx : group) {
                any |= Pattern.compile(rx.asString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(reply).find();
            }
            if (!any) {
                why.add("missing one of " + group);
            }
        }
        for (JsonNode rx : c.path("none")) {
            if (Pattern.compile(rx.asString(), Pattern.CASE_INSENSITIVE).matcher(reply).find()) {
                why.add("must not say " + rx.asString());
            }
        }
        String got = ReplyLanguage.of(reply);
        if (!got.equals(c.path("reply_lang").asString())) {
            why.add("reply language " + got);
        }
        return why;
    }
}
