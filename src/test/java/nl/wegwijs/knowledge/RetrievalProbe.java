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
        String glob = System.getProperty("probe.stories", "dev-*.jsonl");
        if (glob.startsWith("heldout")) {
            throw new IllegalArgumentException("the held-out part is never read while tuning");
        }
        java.util.List<Path> files = new java.util.ArrayList<>();
        try (var dir = Files.newDirectoryStream(Path.of("src/test/resources/knowledge/realistic"), glob)) {
            dir.forEach(files::add);
        }
        java.util.Collections.sort(files);
        java.util.List<tools.jackson.databind.JsonNode> stories = new java.util.ArrayList<>();
        for (Path f : files) {
            for (String line : Files.readAllLines(f)) {
                if (line.isBlank()) {
                    continue;
                }
                var c = json.readTree(line);
                if (c.path("kind").asString().equals("story") && c.has("expect")) {
                    stories.add(c);
                }
            }
        }
        // -Dprobe.grid=weight:names:margin,...: the story's own question at several settings (0:0:0 = without).
        String grid = System.getProperty("probe.grid", "");
        java.util.List<Knowledge.StoryQuestion> settings = new java.util.ArrayList<>();
        if (grid.isBlank()) {
            settings.add(Knowledge.StoryQuestion.MEASURED);
        }
        for (String g : grid.split(",")) {
            if (!g.isBlank()) {
                String[] v = g.split(":");
                settings.add(new Knowledge.StoryQuestion(Double.parseDouble(v[0]), Double.parseDouble(v[1]), Double.parseDouble(v[2])));
            }
        }
        java.util.List<Double> youth = new java.util.ArrayList<>();
        for (String y : System.getProperty("probe.youth", String.valueOf(Knowledge.YOUTH_BONUS)).split(",")) {
            youth.add(Double.parseDouble(y));
        }
        for (double bonus : youth)
        for (Knowledge.StoryQuestion q : settings) {
            java.util.Map<String, int[]> tally = new java.util.TreeMap<>();
            for (var c : stories) {
                var turns = c.path("turns");
                String text = turns.get(turns.size() - 1).asString();
                Language lang = Language.valueOf(c.path("lang").asString().toUpperCase());
                var m = MessageShape.of(text) == MessageShape.STORY ? k.searchStory(text, lang, 3, q, bonus) : k.search(text, lang, 3);
                java.util.List<String> expect = new java.util.ArrayList<>();
                c.path("expect").forEach(n -> expect.add(n.asString()));
                boolean ok = !m.isEmpty() && expect.contains("faq:" + m.get(0).entryId());
                for (String key : new String[] {"all", lang.name()}) {
                    int[] t = tally.computeIfAbsent(key, x -> new int[2]);
                    t[0] += ok ? 1 : 0;
                    t[1]++;
                }
                if (!ok && settings.size() == 1 && youth.size() == 1) {
                    System.out.println("STORYMISS " + c.path("id").asString() + " got " + (m.isEmpty() ? "-" : m.get(0).entryId()) + " want " + expect);
                }
            }
            StringBuilder line = new StringBuilder("STORIES " + q + " youth " + bonus + ":");
            tally.forEach((key, t) -> line.append(' ').append(key).append(' ').append(t[0]).append('/').append(t[1]));
            System.out.println(line);
        }
    }
}
