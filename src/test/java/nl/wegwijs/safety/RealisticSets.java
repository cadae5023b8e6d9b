package nl.wegwijs.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wegwijs.language.Language;
import org.yaml.snakeyaml.Yaml;

/**
 * Reads the realistic sets (written apart from the rules, see src/test/resources/safety/realistic/README.md):
 * the held-out part from src/test/resources/safety/realistic/ ({@code -Dsafety.realistic.dir=...} reads it
 * from another folder instead), the training part from the product's training material.
 */
final class RealisticSets {

    enum Level {
        ACUTE, POSSIBLE, NONE
    }

    record Message(String id, String lang, String variety, Level level, List<String> kinds, String writer, String text) {

        /** The language the reply must be in: Darija, Levantine and Arabizi are "ar" in the set. */
        Language replyLanguage() {
            return Language.fromCode(lang).orElseThrow();
        }
    }

    private RealisticSets() {
    }

    /**
     * The training part: the product's own training material in src/main/resources/safety/training/
     * (one copy, which the statistical signal learns from at start-up), every file there.
     */
    static List<Message> train() {
        List<Message> all = new ArrayList<>();
        for (String file : SafetySignal.trainingFiles()) {
            all.addAll(parse(SafetySignal.resource(file)));
        }
        return all;
    }

    /** One file of the training material by name ("train-3.jsonl"), whether or not files.txt lists it yet. */
    static List<Message> trainingFile(String name) {
        return parse(SafetySignal.resource("safety/training/" + name));
    }

    /** The held-out part: callers print only aggregate figures over it, never a text. */
    static List<Message> heldOut() {
        List<Message> all = new ArrayList<>();
        for (String file : HELD_OUT) {
            all.addAll(read(file));
        }
        return all;
    }

    /** The held-out files, each written apart from the rules by other hands (aggregates only). */
    static final List<String> HELD_OUT = List.of("heldout-5.jsonl", "heldout-6.jsonl", "heldout-7.jsonl");

    /** One held-out file by name (aggregates only). */
    static List<Message> heldOut(String file) {
        return read(file);
    }

    private static List<Message> read(String file) {
        String content;
        String dir = System.getProperty("safety.realistic.dir");
        try {
            if (dir != null && !dir.isBlank()) {
                content = Files.readString(Path.of(dir, file));
            } else {
                try (InputStream in = RealisticSets.class.getClassLoader().getResourceAsStream("safety/realistic/" + file)) {
                    if (in == null) {
                        throw new IllegalStateException("missing safety/realistic/" + file);
                    }
                    content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(content);
    }

    @SuppressWarnings("unchecked")
    private static List<Message> parse(String content) {
        List<Message> messages = new ArrayList<>();
        Yaml yaml = new Yaml();
        for (String line : content.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, Object> m = yaml.load(line);
            messages.add(new Message((String) m.get("id"), (String) m.get("lang"), (String) m.get("variety"),
                    Level.valueOf(((String) m.get("level")).toUpperCase(java.util.Locale.ROOT)),
                    (List<String>) m.getOrDefault("kinds", List.of()), (String) m.get("writer"), (String) m.get("text")));
        }
        return messages;
    }
}
