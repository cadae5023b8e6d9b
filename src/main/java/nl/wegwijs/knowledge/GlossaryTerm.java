package nl.wegwijs.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wegwijs.language.Language;

/**
 * A word or abbreviation from letters, explained in every supported language.
 *
 * @param organisation the term names an organisation or service a parent can be sent to
 *                     ({@code organisation: true}); the grounding check keeps model answers to those
 *                     the curated answer names
 */
record GlossaryTerm(
        String id,
        String term,
        boolean organisation,
        List<String> abbreviations,
        List<String> variants,
        LocalDate checked,
        List<Source> sources,
        Map<Language, Explanation> texts) {

    /** {@code names}: what the term is called in that language, if it has a name of its own. */
    record Explanation(String shortText, String longText, List<String> names) {
    }

    Explanation text(Language language) {
        return texts.get(language);
    }

    /** "OTS (ondertoezichtstelling)" or just the term. */
    String label() {
        return abbreviations.isEmpty() ? term : abbreviations.get(0) + " (" + term + ")";
    }
}
