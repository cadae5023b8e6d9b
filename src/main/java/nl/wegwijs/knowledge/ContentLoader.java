package nl.wegwijs.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.wegwijs.language.Language;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads and checks faq/: every problem is collected with its file name, so one start-up shows
 * the author everything to fix. Region entries replace national ones with the same id; extra
 * phrasings (phrasings/&lt;id&gt;.yaml) are then added to the entry's questions.
 */
final class ContentLoader {

    static final Set<String> TOPICS = Set.of("opvoeden", "baby", "ontwikkeling", "gedrag", "school", "pesten",
            "leerplicht", "scheiding", "geld", "verslaving", "psyche", "beperking", "jeugdhulp", "huisarts", "jgz",
            "wijkteam", "veiligheid", "raad", "jeugdbescherming", "gezag", "rechten", "angst", "avond-weekend",
            "nieuw", "gesprek", "bot");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    private final List<String> problems = new ArrayList<>();
    private final String location;

    private ContentLoader(String location) {
        this.location = location.endsWith("/") ? location : location + "/";
    }

    static Content load(String location, String region) {
        return new ContentLoader(location).loadAll(region == null ? "" : region.strip());
    }

    /**
     * @param offTopic examples of questions outside the bot's scope, as pseudo-entries without an
     *                 answer: when one of them is the best match, the bot says it does not know
     */
    record Content(Map<String, FaqEntry> entries, Map<String, GlossaryTerm> terms, Region region,
            Map<String, FaqEntry> offTopic, Map<LetterKind, LetterGuidance> letters, Map<String, String> verifiedNumbers) {
    }

    private Content loadAll(String regionName) {
        Map<String, FaqEntry> entries = new LinkedHashMap<>();
        for (Resource r : resources("entries/*.yaml")) {
            FaqEntry e = entry(r);
            if (e != null && entries.putIfAbsent(e.id(), e) != null) {
                problems.add(name(r) + ": id " + e.id() + " is used twice");
            }
        }
        Region region = null;
        if (!regionName.isEmpty()) {
            region = region(regionName);
            for (Resource r : resources("regions/" + regionName + "/entries/*.yaml")) {
                FaqEntry e = entry(r);
                if (e != null) {
                    entries.put(e.id(), e);
                }
            }
        }
        for (Resource r : resources("phrasings/*.yaml")) {
            ExtraPhrasings.merge(entries, name(r), read(r), problems);
        }
        Map<String, GlossaryTerm> terms = new LinkedHashMap<>();
        for (Resource r : resources("glossary/*.yaml")) {
            for (GlossaryTerm t : glossary(r)) {
                if (terms.putIfAbsent(t.id(), t) != null) {
                    problems.add(name(r) + ": term id " + t.id() + " is used twice");
                }
            }
        }
        entries.values().forEach(e -> e.related().stream().filter(id -> !entries.containsKey(id))
                .forEach(id -> problems.add("entries/" + e.id() + ".yaml: related id " + id + " does not exist")));
        if (entries.isEmpty()) {
            problems.add(location + "entries/: no FAQ entries found");
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        Map<String, FaqEntry> offTopic = new LinkedHashMap<>();
        for (Resource r : resources("offtopic/*.yaml")) {
            FaqEntry e = offTopic(r);
            if (e != null) {
                offTopic.put(e.id(), e);
            }
        }
        Map<LetterKind, LetterGuidance> letters = letters();
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        // Ordered (file order), not Map.copyOf: its iteration order changes per JVM, and ties between
        // terms sharing a phrase must resolve the same way every run.
        return new Content(java.util.Collections.unmodifiableMap(entries), java.util.Collections.unmodifiableMap(terms),
                region, java.util.Collections.unmodifiableMap(offTopic), java.util.Collections.unmodifiableMap(letters),
                verifiedNumbers());
    }

    /**
     * verified-numbers.yaml: number and the name it was checked under. Optional at run time (an
     * operator's own folder may lack it); ContentHonestyTest holds the packed content to it.
     */
    private Map<String, String> verifiedNumbers() {
        Map<String, String> numbers = new LinkedHashMap<>();
        for (Resource r : resources("verified-numbers.yaml")) {
            if (read(r) instanceof List<?> rows) {
                for (Object row : rows) {
                    if (row instanceof Map<?, ?> m && m.get("number") != null && m.get("name") != null) {
                        numbers.put(m.get("number").toString(), m.get("name").toString());
                    }
                }
            }
        }
        return java.util.Collections.unmodifiableMap(numbers);
    }

    private FaqEntry entry(Resource r) {
        String file = name(r);
        Map<String, Object> y = map(read(r), file);
        if (y == null) {
            return null;
        }
        String id = string(y, "id", file);
        if (id != null && (!ID.matcher(id).matches() || !file.endsWith("/" + id + ".yaml"))) {
            problems.add(file + ": id must be lower-case a-z, 0-9 and '-', and equal the file name");
        }
        String topic = string(y, "topic", file);
        if (topic != null && !TOPICS.contains(topic)) {
            problems.add(file + ": unknown topic " + topic + " (see faq/README.md)");
        }
        Map<Language, FaqEntry.Text> texts = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            Map<String, Object> t = map(y.get(l.code()), file + " " + l.code());
            if (t == null) {
                continue;
            }
            String title = string(t, "title", file + " " + l.code());
            List<String> questions = strings(t.get("questions"));
            String answer = string(t, "answer", file + " " + l.code());
            if (questions.size() < 4) {
                problems.add(file + ": " + l.code() + " needs at least 4 questions");
            }
            texts.put(l, new FaqEntry.Text(title, questions, answer == null ? null : answer.strip()));
        }
        return new FaqEntry(id, topic, strings(y.get("tags")), Boolean.TRUE.equals(y.get("heavy")),
                strings(y.get("related")), date(y.get("checked"), file), sources(y.get("sources"), file), texts,
                facets(y.get("facets"), file));
    }

    /** Optional {@code facets:} block: per facet (cost, duration, ...) a text in every language. */
    private Map<Facet, Map<Language, String>> facets(Object o, String file) {
        if (o == null) {
            return Map.of();
        }
        Map<String, Object> y = map(o, file + " facets");
        if (y == null) {
            return Map.of();
        }
        Map<Facet, Map<Language, String>> out = new EnumMap<>(Facet.class);
        for (var e : y.entrySet()) {
            var facet = Facet.fromKey(String.valueOf(e.getKey()));
            if (facet.isEmpty()) {
                problems.add(file + ": unknown facet " + e.getKey() + " (see faq/README.md)");
                continue;
            }
            Map<String, Object> texts = map(e.getValue(), file + " facets " + e.getKey());
            if (texts == null) {
                continue;
            }
            Map<Language, String> perLanguage = new EnumMap<>(Language.class);
            for (Language l : Language.values()) {
                String t = string(texts, l.code(), file + " facets " + e.getKey());
                if (t != null) {
                    perLanguage.put(l, t.strip());
                }
            }
            out.put(facet.get(), perLanguage);
        }
        return out;
    }

    private FaqEntry offTopic(Resource r) {
        String file = name(r);
        Map<String, Object> y = map(read(r), file);
        if (y == null) {
            return null;
        }
        String id = string(y, "id", file);
        Map<Language, FaqEntry.Text> texts = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            List<String> phrasings = strings(y.get(l.code()));
            if (phrasings.isEmpty()) {
                problems.add(file + ": " + l.code() + " needs phrasings");
            }
            texts.put(l, new FaqEntry.Text("", phrasings, ""));
        }
        return new FaqEntry(OFF_TOPIC + id, "offtopic", List.of(), false, List.of(), null, List.of(), texts);
    }

    static final String OFF_TOPIC = "offtopic:";

    /** {@code letters.yaml}: per common kind of letter, what it asks of the parent, in every language. */
    private Map<LetterKind, LetterGuidance> letters() {
        Map<LetterKind, LetterGuidance> out = new EnumMap<>(LetterKind.class);
        for (Resource r : resources("letters.yaml")) {
            String file = name(r);
            if (!(read(r) instanceof List<?> list)) {
                problems.add(file + ": must be a list of letter kinds");
                continue;
            }
            for (Object o : list) {
                Map<String, Object> y = map(o, file);
                if (y == null) {
                    continue;
                }
                String key = string(y, "kind", file);
                var kind = key == null ? java.util.Optional.<LetterKind>empty() : LetterKind.fromKey(key);
                if (kind.isEmpty()) {
                    problems.add(file + ": unknown letter kind " + key);
                    continue;
                }
                Map<Language, String> texts = new EnumMap<>(Language.class);
                for (Language l : Language.values()) {
                    String t = string(y, l.code(), file + " " + key);
                    if (t != null) {
                        texts.put(l, t.strip());
                    }
                }
                out.put(kind.get(), new LetterGuidance(kind.get(), date(y.get("checked"), file + " " + key),
                        sources(y.get("sources"), file + " " + key), texts));
            }
            for (LetterKind k : LetterKind.values()) {
                if (!out.containsKey(k)) {
                    problems.add(file + ": letter kind " + k.key() + " is missing");
                }
            }
        }
        return out;
    }

    private List<GlossaryTerm> glossary(Resource r) {
        String file = name(r);
        Object root = read(r);
        if (!(root instanceof List<?> list)) {
            problems.add(file + ": must be a list of terms");
            return List.of();
        }
        List<GlossaryTerm> terms = new ArrayList<>();
        for (Object item : list) {
            Map<String, Object> y = map(item, file);
            if (y == null) {
                continue;
            }
            String id = string(y, "id", file);
            String where = file + ":" + id;
            if (id != null && !ID.matcher(id).matches()) {
                problems.add(where + ": id must be lower-case a-z, 0-9 and '-'");
            }
            Map<Language, GlossaryTerm.Explanation> texts = new EnumMap<>(Language.class);
            for (Language l : Language.values()) {
                Map<String, Object> t = map(y.get(l.code()), where + " " + l.code());
                if (t != null) {
                    texts.put(l, new GlossaryTerm.Explanation(string(t, "short", where + " " + l.code()),
                            string(t, "long", where + " " + l.code()), strings(t.get("names"))));
                }
            }
            terms.add(new GlossaryTerm(id, string(y, "term", where), Boolean.TRUE.equals(y.get("organisation")),
                    strings(y.get("abbreviations")),
                    strings(y.get("variants")), date(y.get("checked"), where), sources(y.get("sources"), where), texts));
        }
        return terms;
    }

    private Region region(String name) {
        List<Resource> found = resources("regions/" + name + "/region.yaml");
        if (found.isEmpty()) {
            problems.add("regions/" + name + "/region.yaml: region '" + name + "' does not exist");
            return null;
        }
        String file = name(found.get(0));
        Map<String, Object> y = map(read(found.get(0)), file);
        Map<String, Object> start = y == null ? null : map(y.get("start"), file + " start");
        Map<Language, String> lines = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            String line = start == null ? null : string(start, l.code(), file + " start");
            lines.put(l, line);
        }
        return new Region(name, lines);
    }

    private List<Resource> resources(String pattern) {
        try {
            Resource[] found = resolver.getResources(location + pattern);
            List<Resource> list = new ArrayList<>(List.of(found));
            list.removeIf(r -> !r.exists());
            list.sort(java.util.Comparator.comparing(r -> String.valueOf(r.getFilename())));
            return list;
        } catch (IOException e) {
            return List.of();
        }
    }

    private Object read(Resource r) {
        try (InputStream in = r.getInputStream()) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException | RuntimeException e) {
            problems.add(name(r) + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
            return null;
        }
    }

    private String name(Resource r) {
        try {
            String uri = r.getURI().toString();
            int at = uri.lastIndexOf("faq/");
            return at >= 0 ? uri.substring(at) : String.valueOf(r.getFilename());
        } catch (IOException e) {
            return String.valueOf(r.getFilename());
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Object o, String where) {
        if (o instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        problems.add(where + ": missing or not a mapping");
        return null;
    }

    private String string(Map<String, Object> m, String key, String where) {
        Object v = m.get(key);
        if (v == null || v.toString().isBlank()) {
            problems.add(where + ": " + key + " is missing");
            return null;
        }
        return v.toString();
    }

    private static List<String> strings(Object o) {
        if (o instanceof List<?> list) {
            return list.stream().filter(java.util.Objects::nonNull).map(Object::toString).toList();
        }
        return List.of();
    }

    private LocalDate date(Object o, String where) {
        if (o instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        try {
            return LocalDate.parse(String.valueOf(o));
        } catch (RuntimeException e) {
            problems.add(where + ": checked must be a date like 2026-11-22");
            return null;
        }
    }

    private List<Source> sources(Object o, String where) {
        List<Source> sources = new ArrayList<>();
        if (o instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> m && m.get("name") != null && m.get("url") != null) {
                    sources.add(new Source(m.get("name").toString(), m.get("url").toString(),
                            m.get("fact") == null ? null : m.get("fact").toString(),
                            m.get("checked") == null ? null : date(m.get("checked"), where + " source " + m.get("name"))));
                }
            }
        }
        if (sources.isEmpty()) {
            problems.add(where + ": needs at least one source with name and url");
        }
        return sources;
    }
}
