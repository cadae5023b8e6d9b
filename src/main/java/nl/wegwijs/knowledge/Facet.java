package nl.wegwijs.knowledge;

import java.util.Arrays;
import java.util.Optional;

/**
 * One side of a topic that parents ask about after the first answer ("and what does it cost?").
 * An entry may answer a facet itself ({@code facets:} in its YAML, faq/README.md); otherwise a
 * general entry answers it for every topic ({@link #fallbackEntries}).
 */
enum Facet {
    COST("cost", "jeugdhulp-kosten"),
    DURATION("duration", "wachtlijst"),
    WHO_DECIDES("who-decides"),
    APPLY("apply", "jeugdhulp-aanvragen"),
    REFUSE("refuse", "hulp-weigeren", "rechten-ouders", "akj-vertrouwenspersoon"),
    NEXT("next"),
    RIGHTS("rights", "rechten-ouders", "akj-vertrouwenspersoon");

    private final String key;
    private final java.util.List<String> fallbackEntries;

    Facet(String key, String... fallbackEntries) {
        this.key = key;
        this.fallbackEntries = java.util.List.of(fallbackEntries);
    }

    String key() {
        return key;
    }

    /** General entries that answer this facet when the topic has no text of its own, the first that exists wins. */
    java.util.List<String> fallbackEntries() {
        return fallbackEntries;
    }

    static Optional<Facet> fromKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
