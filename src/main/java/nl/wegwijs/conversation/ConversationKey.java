package nl.wegwijs.conversation;

import java.util.Objects;

/** Identifies one conversation: a Telegram chat or a web chat session. */
public record ConversationKey(Channel channel, String chatId) {

    public ConversationKey {
        Objects.requireNonNull(channel, "channel");
        if (chatId == null || chatId.isBlank() || chatId.length() > 64) {
            throw new IllegalArgumentException("chatId must be 1..64 characters");
        }
    }

    @Override
    public String toString() {
        // Never print the chat id itself: logs must not carry user ids.
        return "ConversationKey[" + channel + "]";
    }
}
