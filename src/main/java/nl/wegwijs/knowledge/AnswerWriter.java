package nl.wegwijs.knowledge;

import java.util.Optional;
import nl.wegwijs.language.Language;

/**
 * Port: an optional writer (a language model) that may say the curated answer in a way that
 * fits the question better. It gets only the curated answer, never anything else to draw facts
 * from. It returns a text only when that text passed the {@link nl.wegwijs.safety.GroundingCheck}
 * (built in {@link GroundingConfig} from the content); anything slow, wrong or unchecked is empty
 * and the curated text goes out.
 */
public interface AnswerWriter {

    Optional<String> rephrase(String question, Language language, String curatedAnswer);
}
