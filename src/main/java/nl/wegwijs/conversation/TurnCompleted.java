package nl.wegwijs.conversation;

import java.time.Instant;
import nl.wegwijs.language.Language;

/**
 * Published after every reply, off the reply's path. {@code questionText} is the raw text and
 * must be scrubbed before anything stores it; it is null for crisis turns, which are recorded
 * without text.
 */
public record TurnCompleted(
        ConversationKey key,
        Language language,
        Outcome outcome,
        String questionText,
        String referral,
        Instant at) {

    @Override
    public String toString() {
        return "TurnCompleted[" + key + ", " + language + ", " + outcome + "]";
    }
}
