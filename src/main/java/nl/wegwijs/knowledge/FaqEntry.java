package nl.wegwijs.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wegwijs.language.Language;

/** One curated answer, in every supported language (faq/README.md). */
record FaqEntry(
        String id,
        String topic,
        List<String> tags,
        boolean heavy,
        List<String> related,
        LocalDate checked,
        List<Source> sources,
        Map<Language, Text> texts,
        Map<Facet, Map<Language, String>> facets) {

    FaqEntry {
        facets = facets == null ? Map.of() : facets;
    }

    FaqEntry(String id, String topic, List<String> tags, boolean heavy, List<String> related, LocalDate checked,
            List<Source> sources, Map<Language, Text> texts) {
        this(id, topic, tags, heavy, related, checked, sources, texts, Map.of());
    }

    /** This entry's own text for a facet ("what does it cost"), if it has one. */
    java.util.Optional<String> facet(Facet facet, Language language) {
        return java.util.Optional.ofNullable(facets.getOrDefault(facet, Map.of()).get(language));
    }

    record Text(String title, List<String> questions, String answer) {
    }

    Text text(Language language) {
        return texts.get(language);
    }
}
