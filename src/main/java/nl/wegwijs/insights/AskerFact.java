package nl.wegwijs.insights;

/**
 * What is known of an asker (one hash within one month). An asker counts towards k only with both, so
 * the reports cannot be padded with ids nobody issued or with empty and ping messages.
 */
enum AskerFact {
    /** The identity came from the platform (Telegram) or was issued by this server (web chat). */
    ISSUED,
    /** At least one real question: a few words of text, a letter, a crisis, or a handoff a person took. */
    REAL_TURN
}
