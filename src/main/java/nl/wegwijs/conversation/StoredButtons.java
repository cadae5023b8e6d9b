package nl.wegwijs.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * Buttons kept in one text column (a message waiting to be relayed or for the parent's next
 * message): label and value joined by ASCII unit separators, buttons by record separators, which
 * no label or value contains. One format, so every table that keeps buttons reads the others'.
 */
public final class StoredButtons {

    private static final String SEP_BUTTON = "\u001E";
    private static final String SEP_FIELD = "\u001F";

    private StoredButtons() {
    }

    /** The column's value, or null for no buttons. */
    public static String encode(List<Button> buttons) {
        if (buttons == null || buttons.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        buttons.forEach(b -> parts.add(b.label() + SEP_FIELD + b.value()));
        return String.join(SEP_BUTTON, parts);
    }

    public static List<Button> decode(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return List.of();
        }
        List<Button> buttons = new ArrayList<>();
        for (String part : encoded.split(SEP_BUTTON)) {
            String[] f = part.split(SEP_FIELD, 2);
            buttons.add(new Button(f[0], f[1]));
        }
        return buttons;
    }
}
