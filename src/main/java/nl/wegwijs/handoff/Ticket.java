package nl.wegwijs.handoff;

import java.time.Instant;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.language.Language;

/**
 * One handoff. The parent is known to intermediaries only by {@link #alias()}; {@code question}
 * is already scrubbed of personal data and is dropped when the ticket closes.
 *
 * @param language       the language the bot speaks with the parent
 * @param wantedLanguage the language the parent wants to talk in (may be one the bot lacks)
 * @param replyTo        where the claiming intermediary reads and writes (null until claimed)
 * @param correcting     the parent said "that's not my question": their next line becomes the topic
 */
record Ticket(
        String ref,
        ConversationKey parent,
        Language language,
        String wantedLanguage,
        String topic,
        String region,
        String referral,
        String question,
        TicketStatus status,
        Instant requestedAt,
        Instant consentedAt,
        int escalationLevel,
        Instant escalatedAt,
        boolean parentToldWait,
        String intermediaryId,
        String organisation,
        Instant claimedAt,
        IntermediaryAddress replyTo,
        Instant closedAt,
        HandoffEvent.Outcome outcome,
        boolean correcting) {

    String alias() {
        return "Ouder #" + ref;
    }

    @Override
    public String toString() {
        return "Ticket[" + ref + ", " + status + "]";
    }
}
