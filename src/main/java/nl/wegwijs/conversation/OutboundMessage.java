package nl.wegwijs.conversation;

import java.util.List;

/** One message of a reply: plain text and optional buttons. */
public record OutboundMessage(String text, List<Button> buttons) {

    public OutboundMessage {
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
    }

    public static OutboundMessage of(String text) {
        return new OutboundMessage(text, List.of());
    }

    public static OutboundMessage of(String text, List<Button> buttons) {
        return new OutboundMessage(text, buttons);
    }
}
