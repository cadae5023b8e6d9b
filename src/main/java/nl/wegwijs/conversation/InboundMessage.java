package nl.wegwijs.conversation;

import java.time.Instant;
import java.util.Objects;

/**
 * One message from any channel, mapped at the edge. {@code text} holds the typed text (or the
 * button's value for {@link MessageKind#BUTTON}); it is never logged. {@code emergencySent} says
 * that the emergency reply already went out at intake ({@link Conversation#admit}), so the pipeline
 * must not send it a second time; a durable inbox stores it with the message. {@code attachment}
 * is a photo, document, voice note or video by the channel's file id, or null.
 */
public record InboundMessage(ConversationKey key, MessageKind kind, String text, Instant receivedAt,
        boolean emergencySent, Attachment attachment) {

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
        this(key, kind, text, receivedAt, false, null);
    }

    public InboundMessage(ConversationKey key, MessageKind kind, String text, Instant receivedAt, boolean emergencySent) {
        this(key, kind, text, receivedAt, emergencySent, null);
    }

    /** With a photo, document, voice note or video by the channel's file id (relayed inside a handoff). */
    public InboundMessage(ConversationKey key, MessageKind kind, String text, Instant receivedAt, Attachment attachment) {
        this(key, kind, text, receivedAt, false, attachment);
    }

    /** The same message, marked as already answered with the emergency reply. */
    public InboundMessage withEmergencySent() {
        return new InboundMessage(key, kind, text, receivedAt, true, attachment);
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
        return "InboundMessage[" + key + ", " + kind + ", " + text.length() + " chars" + (emergencySent ? ", emergency sent" : "") + "]";
    }
}
