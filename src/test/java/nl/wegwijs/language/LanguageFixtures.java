package nl.wegwijs.language;

import java.util.List;

/** One shared resolver per test JVM: Lingua's models are large and slow to load. */
public final class LanguageFixtures {

    private static LanguageResolver resolver;
    private static LanguageDetector detector;

    private LanguageFixtures() {
    }

    public static synchronized LanguageResolver resolver() {
        if (resolver == null) {
            var properties = new LanguageProperties(true, "nl");
            detector = new LanguageDetector(properties, List.of());
            resolver = new LanguageResolver(detector, properties, List.of());
        }
        return resolver;
    }

    /** The shared detector, without neutral terms. */
    public static synchronized LanguageDetector detector() {
        resolver();
        return detector;
    }

    /** A detector that ignores the given neutral terms (the content's Dutch names), as in the application. */
    public static LanguageDetector detector(NeutralTerms neutral) {
        return new LanguageDetector(new LanguageProperties(true, "nl"), List.of(neutral));
    }

    /** A resolver as in the application: the content's neutral terms ignored, its vocabulary voting on unsure first messages. */
    public static <T extends NeutralTerms & ContentVocabulary> LanguageResolver resolver(T content) {
        var properties = new LanguageProperties(true, "nl");
        return new LanguageResolver(new LanguageDetector(properties, List.of(content)), properties, List.of(content));
    }
}
