package nl.wegwijs.conversation;

/**
 * A choice under a message: what the user reads and the value that comes back when they pick it.
 * The core knows no channel's limits (Telegram's 64-byte callback data, WhatsApp's three reply
 * buttons of 20 characters): each channel adapter fits the choices to its channel.
 */
public record Button(String label, String value) {

    public Button {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("a button needs a value");
        }
        label = label == null ? "" : label;
    }
}
