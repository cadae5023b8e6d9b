package nl.wegwijs.language;

import java.util.Set;

/**
 * Port: Dutch names of services, documents and measures that parents quote in any language
 * ("What is a gezinsvoogd?", "Co to jest Veilig Thuis?"). They say nothing about the language
 * the parent writes in, so detection ignores them. The glossary contributes its terms.
 */
public interface NeutralTerms {

    /** Lower-case words or phrases. */
    Set<String> terms();
}
