package nl.wegwijs.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.wegwijs.conversation.StepResult;
import nl.wegwijs.language.Language;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures retrieval on the development set (src/test/resources/knowledge/devset-*.jsonl): the
 * real jargon and FAQ steps answer each question; top-1 is what the parent gets, top-3 whether
 * the right entry was among the three best candidates. "none" questions must not be answered.
 */
class RetrievalDevSetTest {

    /** The floor per language; the aim is 0.90 (README, "Measured"). */
    static final double MIN_TOP1 = 0.75;
    static final double MIN_REJECTED = 0.8;

    record Case(Language language, String question, String expect) {
    }

    record Tally(int n, int top1, int top3) {
        Tally add(boolean one, boolean three) {
            return new Tally(n + 1, top1 + (one ? 1 : 0), top3 + (three ? 1 : 0));
        }
    }

    @Test
    void answersTheDevelopmentSetInEveryLanguage() throws IOException {
        List<Case> cases = load();
        Map<Language, Tally> tallies = new TreeMap<>();
        int none = 0;
        int rejected = 0;
        List<String> misses = new ArrayList<>();
        JargonStep jargon = KnowledgeFixtures.jargon();
        FaqStep faq = KnowledgeFixtures.faq();
        TermMentionStep mention = new TermMentionStep(KnowledgeFixtures.national(), jargon);
        Knowledge knowledge = KnowledgeFixtures.national();
        for (Case c : cases) {
            var turn = KnowledgeFixtures.turn(c.question(), c.language());
            String got = answer(List.of(jargon, faq, mention), turn);
            if (c.expect().equals("none")) {
                none++;
                rejected += got.equals("none") ? 1 : 0;
                if (!got.equals("none")) {
                    misses.add(c.language().code() + " none <- " + got + " : " + c.question());
                }
                continue;
            }
            List<String> candidates = new ArrayList<>();
            knowledge.findTerms(c.question(), c.language()).stream().limit(3).forEach(f -> candidates.add("term:" + f.term().id()));
            knowledge.search(c.question(), c.language(), 3).forEach(m -> candidates.add("faq:" + m.entryId()));
            boolean one = got.equals(c.expect());
            boolean three = one || candidates.stream().limit(3).anyMatch(c.expect()::equals)
                    || knowledge.search(c.question(), c.language(), 3).stream().anyMatch(m -> ("faq:" + m.entryId()).equals(c.expect()));
            tallies.merge(c.language(), new Tally(0, 0, 0).add(one, three),
                    (a, b) -> new Tally(a.n() + b.n(), a.top1() + b.top1(), a.top3() + b.top3()));
            if (!one) {
                misses.add(c.language().code() + " " + c.expect() + " <- " + got + " : " + c.question());
            }
        }
        misses.forEach(m -> System.out.println("miss: " + m));
        int n = 0;
        int t1 = 0;
        int t3 = 0;
        for (var e : tallies.entrySet()) {
            Tally t = e.getValue();
            n += t.n();
            t1 += t.top1();
            t3 += t.top3();
            System.out.printf("retrieval %s: top-1 %.2f top-3 %.2f (n=%d)%n", e.getKey().code(),
                    (double) t.top1() / t.n(), (double) t.top3() / t.n(), t.n());
        }
        System.out.printf("retrieval all: top-1 %.2f top-3 %.2f (n=%d); off-topic rejected %d/%d%n",
                (double) t1 / n, (double) t3 / n, n, rejected, none);

        assertThat(n + none).as("development set size").isGreaterThanOrEqualTo(300);
        tallies.forEach((language, t) -> assertThat((double) t.top1() / t.n()).as("top-1 in %s", language)
                .isGreaterThanOrEqualTo(MIN_TOP1));
        assertThat((double) rejected / Math.max(1, none)).as("off-topic questions left unanswered").isGreaterThanOrEqualTo(MIN_REJECTED);
    }

    static String answer(List<nl.wegwijs.conversation.ConversationStep> steps, nl.wegwijs.conversation.Turn turn) {
        for (var step : steps) {
            StepResult r = step.handle(turn);
            if (r instanceof StepResult.Answered a) {
                String topic = a.outcome().topic();
                return topic.startsWith("term:") ? topic : topic.equals("letter") ? "letter" : "faq:" + topic;
            }
        }
        return "none";
    }

    static List<Case> load() throws IOException {
        var json = JsonMapper.builder().build();
        List<Case> cases = new ArrayList<>();
        for (var r : new PathMatchingResourcePatternResolver().getResources("classpath:knowledge/devset-*.jsonl")) {
            for (String line : r.getContentAsString(StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                cases.add(new Case(Language.fromCode(n.path("lang").asString()).orElseThrow(),
                        n.path("q").asString(), n.path("expect").asString()));
            }
        }
        return cases;
    }
}
