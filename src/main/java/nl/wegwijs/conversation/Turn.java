package nl.wegwijs.conversation;

import nl.wegwijs.language.Language;

/** One inbound message with what the pipeline knows while handling it. */
public record Turn(InboundMessage message, ConversationState state, Language language) {

    public String text() {
        return message.text();
    }

    public MessageKind kind() {
        return message.kind();
    }

    public ConversationKey key() {
        return message.key();
    }
}
