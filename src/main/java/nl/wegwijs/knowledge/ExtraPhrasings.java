package nl.wegwijs.knowledge;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.wegwijs.language.Language;

/**
 * Merges {@code faq/phrasings/<id>.yaml} (extra ways of asking, per language) into the entry's
 * questions. They live apart from the entry so that writers of phrasings never read, nor edit, the
 * answer they are matched to (faq/README.md).
 */
final class ExtraPhrasings {

    private ExtraPhrasings() {
    }

    /** Adds the file's phrasings to {@code entries}; every problem goes to {@code problems}. */
    static void merge(Map<String, FaqEntry> entries, String file, Object yaml, List<String> problems) {
        if (!(yaml instanceof Map<?, ?> y)) {
            problems.add(file + ": missing or not a mapping");
            return;
        }
        Object id = y.get("id");
        if (id == null || !file.endsWith("/" + id + ".yaml")) {
            problems.add(file + ": id must equal the file name");
            return;
        }
        FaqEntry entry = entries.get(id.toString());
        if (entry == null) {
            problems.add(file + ": no FAQ entry with id " + id);
            return;
        }
        Map<Language, List<String>> extra = new EnumMap<>(Language.class);
        for (var e : y.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (key.equals("id")) {
                continue;
            }
            var language = Language.fromCode(key);
            if (language.isEmpty() || !language.get().code().equals(key)) {
                problems.add(file + ": unknown language " + key);
            } else if (!(e.getValue() instanceof List<?> list)) {
                problems.add(file + ": " + key + " must be a list of phrasings");
            } else if (list.stream().anyMatch(q -> !(q instanceof String))) {
                // "- a: b" is read by YAML as a mapping: quote a phrasing that holds ": "
                problems.add(file + ": " + key + " has a phrasing that is not plain text (quote it when it holds ': ')");
            } else {
                extra.put(language.get(), list.stream().filter(java.util.Objects::nonNull).map(Object::toString)
                        .map(String::strip).filter(s -> !s.isEmpty()).toList());
            }
        }
        Map<Language, FaqEntry.Text> texts = new EnumMap<>(Language.class);
        entry.texts().forEach((language, text) -> texts.put(language,
                new FaqEntry.Text(text.title(), union(text.questions(), extra.getOrDefault(language, List.of())),
                        text.answer())));
        entries.put(entry.id(), new FaqEntry(entry.id(), entry.topic(), entry.tags(), entry.heavy(), entry.related(),
                entry.checked(), entry.sources(), texts, entry.facets()));
    }

    /** The entry's own questions first, then the new ones; a repeat (ignoring case) counts once. */
    private static List<String> union(List<String> own, List<String> extra) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String q : own) {
            if (seen.add(q.toLowerCase(Locale.ROOT).strip())) {
                out.add(q);
            }
        }
        for (String q : extra) {
            if (seen.add(q.toLowerCase(Locale.ROOT).strip())) {
                out.add(q);
            }
        }
        return List.copyOf(out);
    }
}
