package nl.wegwijs.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;

/** Reads the JSONL test sets in src/test/resources/safety/ (one JSON object a line; JSON is valid YAML flow). */
final class TestSets {

    record Message(String lang, String text, Set<CrisisKind> kinds, boolean child, int line) {
    }

    private TestSets() {
    }

    static List<Message> crisis() {
        return read("safety/crisis.jsonl");
    }

    static List<Message> notCrisis() {
        return read("safety/not-crisis.jsonl");
    }

    @SuppressWarnings("unchecked")
    private static List<Message> read(String resource) {
        List<Message> messages = new ArrayList<>();
        Yaml yaml = new Yaml();
        try (InputStream in = TestSets.class.getClassLoader().getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> m = yaml.load(line);
                Set<CrisisKind> kinds = EnumSet.noneOf(CrisisKind.class);
                for (String k : (List<String>) m.getOrDefault("kinds", List.of())) {
                    kinds.add(CrisisKind.valueOf(k));
                }
                messages.add(new Message((String) m.get("lang"), (String) m.get("text"), kinds,
                        Boolean.TRUE.equals(m.get("child")), number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages;
    }
}
