package nl.wegwijs.handoff;

/** Where an intermediary reads a ticket: a private chat with the bot, or a forum topic of a group. */
public record IntermediaryAddress(long chatId, Long threadId) {

    public static IntermediaryAddress privateChat(long chatId) {
        return new IntermediaryAddress(chatId, null);
    }

    @Override
    public String toString() {
        // Chat ids identify people: keep them out of logs.
        return "IntermediaryAddress[" + (threadId == null ? "private" : "topic") + "]";
    }
}
