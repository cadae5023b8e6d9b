package nl.wegwijs.knowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.wegwijs.language.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Tuning aid: {@code -Dprobe.file=lines.txt} with lines "lang|text"; prints the stems, the top
 * five entries (question and story scoring) and the terms found. Runs only when asked.
 */
@EnabledIfSystemProperty(named = "probe.file", matches = ".+")
class RetrievalProbe {

    @Test
    void probe() throws Exception {
        Knowledge k = KnowledgeFixtures.national();
        TextAnalysis a = new TextAnalysis();
        for (String line : Files.readAllLines(Path.of(System.getProperty("probe.file")))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int bar = line.indexOf('|');
            Language lang = Language.valueOf(line.substring(0, bar).toUpperCase());
            String text = line.substring(bar + 1);
            System.out.println("PROBE " + lang + " " + MessageShape.of(text) + " def=" + DefinitionQuestion.asks(text) + " :: " + text);
            System.out.println("  stems " + a.stems(text, lang));
            System.out.println("  q     " + k.search(text, lang, 5));
            if (MessageShape.of(text) == MessageShape.STORY) {
                System.out.println("  story " + k.searchStory(text, lang, 5));
            }
            for (String id : System.getProperty("probe.entries", "").split(",")) {
                if (!id.isBlank()) {
                    double[] p = k.parts(text, lang, id);
                    System.out.printf("  %-28s phrasing %.3f coverage %.3f%n", id, p[0], p[1]);
                }
            }
            System.out.println("  terms " + k.findTerms(text, lang).stream().map(f -> f.term().id()).toList());
        }
    }
}
