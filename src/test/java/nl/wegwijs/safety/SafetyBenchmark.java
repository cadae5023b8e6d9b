package nl.wegwijs.safety;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Prints the crisis check's time per message over both test sets ({@code mvn -Pbench test}). */
@Tag("benchmark")
class SafetyBenchmark {

    @Test
    void timesTheCrisisCheck() throws Exception {
        var detector = new CrisisDetector();
        var texts = new java.util.ArrayList<String>();
        for (String file : new String[] {"safety/crisis.jsonl", "safety/not-crisis.jsonl"}) {
            String all = new org.springframework.core.io.ClassPathResource(file).getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            for (String line : all.split("\n")) {
                int at = line.indexOf("\"text\":");
                if (at > 0) {
                    texts.add(line.substring(at + 8, line.indexOf('"', at + 9)));
                }
            }
        }
        texts.forEach(detector::detect);
        int rounds = 20;
        long t = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            texts.forEach(detector::detect);
        }
        System.out.printf("bench: crisis check  n=%d  mean %.3f ms per message%n", texts.size() * rounds,
                (System.nanoTime() - t) / 1e6 / (texts.size() * rounds));
        String long4000 = "we hebben een vraag over school en de opvang van de kinderen. ".repeat(70).substring(0, 4000);
        t = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            detector.detect(long4000);
        }
        System.out.printf("bench: crisis check of 4,000 characters  mean %.2f ms%n", (System.nanoTime() - t) / 1e6 / 100);
    }
}
