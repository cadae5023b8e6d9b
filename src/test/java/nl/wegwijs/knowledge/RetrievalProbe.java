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

    /** -Dprobe.file=stories: top-1 of the story scorer alone on the development stories, per language. */
    @Test
    void probe() throws Exception {
        if (System.getProperty("probe.file").equals("stories")) {
            stories();
            return;
        }
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

    private void stories() throws Exception {
        Knowledge k = KnowledgeFixtures.national();
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        java.util.Map<String, int[]> tally = new java.util.TreeMap<>();
        for (String f : new String[] {"dev-nl-en-tr.jsonl", "dev-ar-pl-uk.jsonl"}) {
            for (String line : Files.readAllLines(Path.of("src/test/resources/knowledge/realistic/" + f))) {
                if (line.isBlank()) {
                    continue;
                }
                var c = json.readTree(line);
                if (!c.path("kind").asString().equals("story") || !c.has("expect")) {
                    continue;
                }
                var turns = c.path("turns");
                String text = turns.get(turns.size() - 1).asString();
                Language lang = Language.valueOf(c.path("lang").asString().toUpperCase());
                var m = MessageShape.of(text) == MessageShape.STORY ? k.searchStory(text, lang, 3) : k.search(text, lang, 3);
                java.util.List<String> expect = new java.util.ArrayList<>();
                c.path("expect").forEach(n -> expect.add(n.asString()));
                boolean ok = !m.isEmpty() && expect.contains("faq:" + m.get(0).entryId());
                for (String key : new String[] {"all", lang.name()}) {
                    int[] t = tally.computeIfAbsent(key, x -> new int[2]);
                    t[0] += ok ? 1 : 0;
                    t[1]++;
                }
                if (!ok) {
                    System.out.println("STORYMISS " + c.path("id").asString() + " got " + (m.isEmpty() ? "-" : m.get(0).entryId()) + " want " + expect);
                }
            }
        }
        tally.forEach((key, t) -> System.out.printf("STORIES %s %d/%d%n", key, t[0], t[1]));
    }
}
