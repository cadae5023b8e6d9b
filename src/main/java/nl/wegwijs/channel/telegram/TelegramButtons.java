package nl.wegwijs.channel.telegram;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.wegwijs.conversation.Button;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fits the core's choices to Telegram: a button's value travels as callback data, which Telegram
 * refuses over 64 bytes (the whole message would then fail). Such a choice is left off, so the
 * text and the other choices still arrive; the core itself knows no channel's limits.
 */
final class TelegramButtons {

    static final int CALLBACK_DATA_LIMIT = 64;
    private static final Logger log = LoggerFactory.getLogger(TelegramButtons.class);

    private TelegramButtons() {
    }

    static List<Button> fit(List<Button> buttons) {
        List<Button> fitting = buttons.stream().filter(TelegramButtons::fits).toList();
        if (fitting.size() < buttons.size()) {
            // Only the count: a value may name a ticket or a topic, never logged.
            log.warn("{} button(s) left off: callback data over {} bytes", buttons.size() - fitting.size(), CALLBACK_DATA_LIMIT);
        }
        return fitting;
    }

    static boolean fits(Button button) {
        return button.value().getBytes(StandardCharsets.UTF_8).length <= CALLBACK_DATA_LIMIT;
    }
}
