package nl.wegwijs.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wegwijs.language.Language;

/** What one common kind of letter asks of the parent ({@code faq/letters.yaml}), in every language. */
record LetterGuidance(LetterKind kind, LocalDate checked, List<Source> sources, Map<Language, String> texts) {

    String text(Language language) {
        return texts.get(language);
    }
}
