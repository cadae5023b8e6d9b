package nl.wegwijs.privacy;

/** One kind of personal data. Rules run in a fixed order; each must leave earlier placeholders alone. */
interface ScrubRule {
    String apply(String text);
}
