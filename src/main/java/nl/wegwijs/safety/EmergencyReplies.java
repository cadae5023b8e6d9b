package nl.wegwijs.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.wegwijs.language.Language;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes the emergency reply: the numbers that fit the crisis, in the user's language, before anything
 * else. Texts live in {@code safety/emergency.yaml} so translators can review them without code.
 *
 * <p>Order, most urgent first: 112 (first line always: "call now" for acute danger, the police for a
 * missing child, otherwise "is there danger right now? call 112"), then 113 for suicide or self-harm,
 * then Veilig Thuis for violence and abuse, then De Kindertelefoon when a child writes.
 */
final class EmergencyReplies {

    /** Every language must have all of these; checked when loading, so a gap fails at start-up. */
    enum Key {
        INTRO("intro"),
        CALL_112_ACUTE("call112Acute"),
        CALL_112_MISSING("call112Missing"),
        CALL_112_IF_DANGER("call112IfDanger"),
        CALL_113("call113"),
        CALL_VEILIG_THUIS("callVeiligThuis"),
        CALL_KINDERTELEFOON("callKindertelefoon"),
        CALM("calm"),
        CALM_CHILD("calmChild"),
        PERSON("person"),
        LINE_113("line113"),
        LINE_KINDERTELEFOON("lineKindertelefoon"),
        LINE_VEILIG_THUIS("lineVeiligThuis"),
        LINE_112("line112");

        private final String yamlKey;

        Key(String yamlKey) {
            this.yamlKey = yamlKey;
        }

        String yamlKey() {
            return yamlKey;
        }
    }

    private static final String RESOURCE = "safety/emergency.yaml";

    private final Map<Language, Map<Key, String>> texts;

    EmergencyReplies() {
        this.texts = load();
    }

    String compose(CrisisSignal signal, Language language) {
        Map<Key, String> t = texts.get(language);
        List<String> lines = new ArrayList<>();
        lines.add(t.get(Key.INTRO));
        if (signal.has(CrisisKind.ACUTE_DANGER)) {
            lines.add(t.get(Key.CALL_112_ACUTE));
        } else if (signal.has(CrisisKind.MISSING_CHILD)) {
            lines.add(t.get(Key.CALL_112_MISSING));
        } else {
            lines.add(t.get(Key.CALL_112_IF_DANGER));
        }
        if (signal.has(CrisisKind.SUICIDE_SELF_HARM) || signal.has(CrisisKind.DISTRESS)) {
            lines.add(t.get(Key.CALL_113));
        }
        if (violence(signal.kinds())) {
            lines.add(t.get(Key.CALL_VEILIG_THUIS));
        }
        if (signal.childWriting()) {
            lines.add(t.get(Key.CALL_KINDERTELEFOON));
        }
        lines.add("");
        lines.add(t.get(signal.childWriting() ? Key.CALM_CHILD : Key.CALM));
        lines.add(t.get(Key.PERSON));
        return String.join("\n", lines);
    }

    /**
     * The one safety line under a normal answer when danger is possible but not acute: the single
     * number that fits best, then the offer of a person (the caller adds the button).
     */
    String safetyLine(SafetyVerdict.Possible verdict, Language language) {
        Map<Key, String> t = texts.get(language);
        var kinds = verdict.kinds();
        Key line;
        if (kinds.contains(CrisisKind.SUICIDE_SELF_HARM) || kinds.contains(CrisisKind.DISTRESS)) {
            line = Key.LINE_113;
        } else if (verdict.childWriting()) {
            line = Key.LINE_KINDERTELEFOON;
        } else if (violence(kinds)) {
            line = Key.LINE_VEILIG_THUIS;
        } else {
            line = Key.LINE_112;
        }
        return t.get(line) + "\n" + t.get(Key.PERSON);
    }

    private static boolean violence(java.util.Set<CrisisKind> kinds) {
        return kinds.contains(CrisisKind.DOMESTIC_VIOLENCE) || kinds.contains(CrisisKind.CHILD_ABUSE)
                || kinds.contains(CrisisKind.SEXUAL_ABUSE) || kinds.contains(CrisisKind.HONOUR_FORCED_MARRIAGE)
                || kinds.contains(CrisisKind.EXPLOITATION) || kinds.contains(CrisisKind.ABANDONED_ABROAD)
                || kinds.contains(CrisisKind.NEGLECT);
    }

    /** The raw text for one key, for tests that check every language has every text. */
    String text(Language language, Key key) {
        return texts.get(language).get(key);
    }

    private static Map<Language, Map<Key, String>> load() {
        Map<String, Map<String, Object>> raw;
        try (InputStream in = EmergencyReplies.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            raw = new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Language, Map<Key, String>> result = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<String, Object> own = raw.get(language.code());
            if (own == null) {
                throw new IllegalStateException(RESOURCE + ": no texts for " + language.code());
            }
            Map<Key, String> keys = new EnumMap<>(Key.class);
            for (Key key : Key.values()) {
                Object value = own.get(key.yamlKey());
                if (!(value instanceof String s) || s.isBlank()) {
                    throw new IllegalStateException(RESOURCE + ": " + language.code() + " lacks " + key.yamlKey());
                }
                keys.put(key, s.strip());
            }
            result.put(language, Map.copyOf(keys));
        }
        return result;
    }
}
