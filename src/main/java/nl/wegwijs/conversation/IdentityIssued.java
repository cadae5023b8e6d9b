package nl.wegwijs.conversation;

import java.time.Instant;

/**
 * Published by a channel when the server itself issues a conversation's identity (the web chat), so
 * that features which must tell real askers from invented ids (insights' k-anonymity) can, without
 * knowing the channel. Channels whose ids come from the platform (Telegram) do not publish it.
 */
public record IdentityIssued(ConversationKey key, Instant at) {

    @Override
    public String toString() {
        return "IdentityIssued[" + key + "]";
    }
}
