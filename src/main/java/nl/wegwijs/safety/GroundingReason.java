package nl.wegwijs.safety;

import java.util.Locale;

/** Why a generated answer was not sent: a closed set, safe as a metric tag and in a log line (never text). */
public enum GroundingReason {
    /** nothing usable came back */
    EMPTY,
    /** longer than the curated answer allows */
    TOO_LONG,
    /** a number (phone, price, age, duration) in any script that the curated answer does not hold */
    NUMBER_ADDED,
    /** a phone number of the curated answer is missing */
    NUMBER_DROPPED,
    /** a phone number stands next to another service than in the curated answer */
    NUMBER_MOVED,
    /** a web host (or another ending of it) the curated answer does not name */
    WEB_HOST,
    /** a known organisation or service the curated answer does not name */
    SERVICE_ADDED,
    /** an organisation or service of the curated answer is missing */
    SERVICE_DROPPED,
    /** a name (capitalised, or Latin letters in another script) the curated answer does not hold */
    UNKNOWN_NAME,
    /** a price or "free" the curated answer does not say */
    PRICE,
    /** a period of time the curated answer does not name */
    DURATION,
    /** never / always / guaranteed / "will not be taken" more often than the curated answer says it */
    PROMISE,
    /** not in the language asked for */
    LANGUAGE;

    /** Metric tag and log value: {@code number_moved}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
