package nl.wegwijs.handoff;

import java.time.Duration;
import java.time.Instant;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.language.Language;

/**
 * What happened to a handoff, for the anonymous insights log: never any text, and the parent
 * only as a conversation key that insights turns into a rotating keyed hash.
 *
 * @param organisation  the intermediary's organisation (null until claimed)
 * @param outcome       how a closed ticket ended (null for other kinds)
 * @param timeToClaim   from request to claim (only for CLAIMED)
 */
public record HandoffEvent(
        Kind kind,
        ConversationKey parent,
        Language language,
        String organisation,
        String referral,
        Outcome outcome,
        Duration timeToClaim,
        Instant at) {

    public enum Kind {
        REQUESTED,
        CONSENTED,
        NO_ONE_AVAILABLE,
        CLAIMED,
        ESCALATED,
        CLOSED
    }

    public enum Outcome {
        HELPED,
        REFERRED,
        PARENT_STOPPED,
        NO_RESPONSE,
        /** The parent blocked the bot or deleted the account: nothing more can reach them. */
        UNREACHABLE
    }

    @Override
    public String toString() {
        return "HandoffEvent[" + kind + ", " + language + ", " + outcome + "]";
    }
}
