package nl.wegwijs.conversation;

/** A button under a message. {@code value} is at most 64 bytes (Telegram's callback data limit). */
public record Button(String label, String value) {

    public Button {
        if (value == null || value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 64) {
            throw new IllegalArgumentException("button value must be 1..64 bytes");
        }
    }
}
