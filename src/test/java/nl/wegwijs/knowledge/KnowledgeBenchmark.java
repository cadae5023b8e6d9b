package nl.wegwijs.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.wegwijs.conversation.ConversationStep;
import nl.wegwijs.language.Language;
import nl.wegwijs.language.LanguageFixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints how long the answer path's parts take per question, over the whole development set.
 * Run with {@code mvn -Pbench test}; figures go in the README. Nothing is asserted: speed on
 * shared 2-core machines varies, so it is measured, not tested.
 */
@Tag("benchmark")
class KnowledgeBenchmark {

    static final int ROUNDS = 5;

    @Test
    void timesLanguageDetectionRetrievalAndTheKnowledgeSteps() throws Exception {
        var cases = RetrievalDevSetTest.load();
        long start = System.nanoTime();
        Knowledge knowledge = KnowledgeFixtures.national();
        System.out.printf("bench: content load and index build %.0f ms%n", (System.nanoTime() - start) / 1e6);
        var resolver = LanguageFixtures.resolver();
        List<ConversationStep> steps = List.of(KnowledgeFixtures.jargon(), KnowledgeFixtures.faq(),
                new TermMentionStep(knowledge, KnowledgeFixtures.jargon()));

        for (var c : cases) { // warm-up: JIT and Lingua's lazy parts
            resolver.resolve(c.question(), null, false);
            RetrievalDevSetTest.answer(steps, KnowledgeFixtures.turn(c.question(), c.language()));
        }
        report("language detection", cases, c -> resolver.resolve(c.question(), null, false));
        report("FAQ retrieval (top 3)", cases, c -> knowledge.search(c.question(), c.language(), 3));
        report("jargon + FAQ steps", cases,
                c -> RetrievalDevSetTest.answer(steps, KnowledgeFixtures.turn(c.question(), c.language())));

        String letter = ("Naar aanleiding van het MDO informeren wij u dat de GI een verzoek tot verlenging van de OTS heeft "
                + "ingediend bij de kinderrechter. De gezinsvoogd bespreekt het perspectiefplan en het veiligheidsplan. ").repeat(22);
        long t = System.nanoTime();
        int n = 200;
        for (int i = 0; i < n; i++) {
            KnowledgeFixtures.jargon().handle(KnowledgeFixtures.turn(letter.substring(0, 4000), Language.AR));
        }
        System.out.printf("bench: letter of 4,000 characters explained: %.2f ms each%n", (System.nanoTime() - t) / 1e6 / n);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("bench: heap in use after loading content and Lingua (high accuracy): %d MB%n",
                (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
    }

    private static void report(String what, List<RetrievalDevSetTest.Case> cases,
            java.util.function.Consumer<RetrievalDevSetTest.Case> op) {
        List<Double> micros = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            for (var c : cases) {
                long t = System.nanoTime();
                op.accept(c);
                micros.add((System.nanoTime() - t) / 1e3);
            }
        }
        double[] sorted = micros.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("bench: %-22s n=%d  mean %.2f ms  p50 %.2f ms  p95 %.2f ms  max %.2f ms%n", what, sorted.length,
                Arrays.stream(sorted).average().orElse(0) / 1000, sorted[sorted.length / 2] / 1000,
                sorted[(int) (sorted.length * 0.95)] / 1000, sorted[sorted.length - 1] / 1000);
    }
}
