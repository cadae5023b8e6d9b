package nl.wegwijs.conversation;

import nl.wegwijs.language.Language;
import nl.wegwijs.language.LanguageResolver;

/**
 * One inbound message with what the pipeline knows while handling it. {@code decision}: how the
 * reply language was decided (a switch request, a language the bot does not speak).
 */
public record Turn(InboundMessage message, ConversationState state, Language language, LanguageResolver.Decision decision) {

    public Turn {
        decision = decision == null ? new LanguageResolver.Decision(language, false, false, null) : decision;
    }

    public Turn(InboundMessage message, ConversationState state, Language language) {
        this(message, state, language, null);
    }

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
