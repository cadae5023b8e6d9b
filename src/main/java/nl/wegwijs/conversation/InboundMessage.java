package nl.wegwijs.conversation;

import java.time.Instant;
import java.util.Objects;

/**
 * One message from any channel, mapped at the edge. {@code text} holds the typed text (or the
 * button's value for {@link MessageKind#BUTTON}); it is never logged.
 */
public record InboundMessage(ConversationKey key, MessageKind kind, String text, Instant receivedAt, Attachment attachment) {

    public static final int MAX_TEXT = 4000;
    /** Telegram's own limit: inside a handoff a text up to this length is relayed, not refused. */
    public static final int MAX_RELAYED_TEXT = 4096;

    public InboundMessage {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        text = text == null ? "" : text;
        receivedAt = receivedAt == null ? Instant.now() : receivedAt;
    }

    public InboundMessage(ConversationKey key, MessageKind kind, String text, Instant receivedAt) {
        this(key, kind, text, receivedAt, null);
    }

    public static InboundMessage text(ConversationKey key, String text) {
        return new InboundMessage(key, MessageKind.TEXT, text, Instant.now());
    }

    public static InboundMessage button(ConversationKey key, String value) {
        return new InboundMessage(key, MessageKind.BUTTON, value, Instant.now());
    }

    public static InboundMessage of(ConversationKey key, MessageKind kind) {
        return new InboundMessage(key, kind, "", Instant.now());
    }

    public boolean isCommand() {
        return kind == MessageKind.TEXT && text.startsWith("/");
    }

    @Override
    public String toString() {
        return "InboundMessage[" + key + ", " + kind + ", " + text.length() + " chars]";
    }
}
