package nl.wegwijs.channel.telegram;

import java.util.ArrayList;
import java.util.List;
import nl.wegwijs.channel.MessageSplitter;
import nl.wegwijs.conversation.Button;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * One sendMessage call: the chat, one part's text, the buttons. The one place where a message is
 * split to Telegram's limit with its buttons on the last part, and buttons become a keyboard; the
 * outbox stores this record as its JSON (so its components are a stored format).
 */
record TelegramPart(long chat, String text, List<Button> buttons) {

    private static final int BUTTONS_PER_ROW = 2;

    TelegramPart {
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
    }

    /** A message as the calls it takes: split where long, the buttons on the last part only. */
    static List<TelegramPart> of(long chat, String text, List<Button> buttons) {
        List<String> texts = MessageSplitter.split(text, MessageSplitter.LIMIT);
        List<TelegramPart> parts = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            parts.add(new TelegramPart(chat, texts.get(i), i == texts.size() - 1 ? buttons : List.of()));
        }
        return parts;
    }

    /** The call, as plain text (no parse mode: nothing in the text can break formatting), into a forum topic when given. */
    SendMessage method(Integer threadId) {
        return SendMessage.builder().chatId(chat).text(text).messageThreadId(threadId).replyMarkup(keyboard(buttons)).build();
    }

    /** Telegram's inline keyboard for the buttons, two to a row; null when there are none (that fit). */
    static InlineKeyboardMarkup keyboard(List<Button> all) {
        List<Button> buttons = TelegramButtons.fit(all);
        if (buttons.isEmpty()) {
            return null;
        }
        var rows = new ArrayList<InlineKeyboardRow>();
        for (int i = 0; i < buttons.size(); i += BUTTONS_PER_ROW) {
            var row = new InlineKeyboardRow();
            for (Button b : buttons.subList(i, Math.min(buttons.size(), i + BUTTONS_PER_ROW))) {
                row.add(InlineKeyboardButton.builder().text(b.label()).callbackData(b.value()).build());
            }
            rows.add(row);
        }
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }
}
