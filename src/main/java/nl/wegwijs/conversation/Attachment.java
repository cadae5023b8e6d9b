package nl.wegwijs.conversation;

/**
 * A photo, document, voice note, audio or video a user sent, by the channel's own file id. It is
 * never downloaded or stored by the core: inside a handoff it is relayed by that id.
 *
 * @param caption the text sent with it, or empty
 */
public record Attachment(Type type, String fileId, String caption) {

    public enum Type { PHOTO, DOCUMENT, VOICE, AUDIO, VIDEO }

    public Attachment {
        java.util.Objects.requireNonNull(type, "type");
        java.util.Objects.requireNonNull(fileId, "fileId");
        caption = caption == null ? "" : caption;
    }

    @Override
    public String toString() {
        return "Attachment[" + type + ", " + caption.length() + " chars]";
    }
}
