package nl.wegwijs.language;

/**
 * Port: how often the curated content uses a word per language (its phrasings, answers and
 * glossary explanations), words lower-case and folded ({@link LanguageParts#fold}). A message
 * Lingua cannot place ("interpreter?", "grooming signs") is placed by the words one language's
 * content uses far more than the others; a word they all use (a Dutch service name, "weekend",
 * "school") says nothing.
 */
public interface ContentVocabulary {

    /** How often the language's content uses the folded word; 0 when never. */
    int count(Language language, String word);

    /** How many words the language's content has, repeats counted. */
    int total(Language language);
}
