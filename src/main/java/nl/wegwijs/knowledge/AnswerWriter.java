package nl.wegwijs.knowledge;

import java.util.Optional;
import nl.wegwijs.language.Language;

/**
 * Port: an optional writer (a language model) that may say the curated answer in a way that
 * fits the question better. It gets only the curated answer, never anything else to draw facts
 * from; what it writes is checked before a parent sees it, and anything slow or wrong falls back
 * to the curated text.
 */
public interface AnswerWriter {

    Optional<String> rephrase(String question, Language language, String curatedAnswer);
}
