package nl.wegwijs.language;

/** One shared resolver per test JVM: Lingua's models are large and slow to load. */
public final class LanguageFixtures {

    private static LanguageResolver resolver;

    private LanguageFixtures() {
    }

    public static synchronized LanguageResolver resolver() {
        if (resolver == null) {
            var properties = new LanguageProperties(true, "nl");
            resolver = new LanguageResolver(new LanguageDetector(properties, java.util.List.of()), properties);
        }
        return resolver;
    }
}
