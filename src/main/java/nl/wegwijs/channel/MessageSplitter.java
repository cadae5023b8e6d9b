package nl.wegwijs.channel;

import java.util.ArrayList;
import java.util.List;

/**
 * Shared by the channel adapters: Telegram refuses texts over 4,096 UTF-16 units, WhatsApp text
 * messages over 4,096 characters and interactive bodies over 1,024. Long replies (an explained letter) are cut at
 * a paragraph, line or word boundary so each part still reads well, never inside a surrogate pair.
 */
public final class MessageSplitter {

    public static final int LIMIT = 4096;

    private MessageSplitter() {
    }

    public static List<String> split(String text, int limit) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > limit) {
            int cut = lastBreak(rest, limit);
            parts.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || parts.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    private static int lastBreak(String text, int limit) {
        for (String separator : new String[] {"\n\n", "\n", ". ", " "}) {
            int at = text.lastIndexOf(separator, limit - separator.length());
            if (at > limit / 2) {
                return at + separator.length();
            }
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }
}
