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
        Map<Language, Text> texts) {

    record Text(String title, List<String> questions, String answer) {
    }

    Text text(Language language) {
        return texts.get(language);
    }
}
