package nl.wegwijs.channel.telegram;

import java.time.Instant;
import java.util.Optional;
import nl.wegwijs.conversation.Attachment;
import nl.wegwijs.conversation.Channel;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.conversation.InboundMessage;
import nl.wegwijs.conversation.MessageKind;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Turns a Telegram {@link Update} into our own {@link InboundMessage}: the rest of the system
 * never sees Telegram's types. Only private chats are conversations with parents; updates
 * without a chat to answer (member changes, polls, channel posts) are dropped.
 */
final class UpdateMapper {

    private UpdateMapper() {
    }

    static Optional<ChatInbound> map(Update update) {
        if (update.hasCallbackQuery()) {
            return callback(update.getCallbackQuery());
        }
        if (update.hasEditedMessage()) {
            return message(update.getEditedMessage(), MessageKind.EDITED);
        }
        if (update.hasMessage()) {
            return message(update.getMessage(), kindOf(update.getMessage()));
        }
        return Optional.empty();
    }

    private static Optional<ChatInbound> callback(CallbackQuery query) {
        if (query.getMessage() == null || query.getData() == null) {
            return Optional.empty();
        }
        long chatId = query.getMessage().getChatId();
        if (chatId <= 0) {
            return Optional.empty();
        }
        var message = new InboundMessage(key(chatId), MessageKind.BUTTON, query.getData(), Instant.now());
        return Optional.of(new ChatInbound(chatId, message, query.getId()));
    }

    private static Optional<ChatInbound> message(Message m, MessageKind kind) {
        if (m.getChat() == null || !m.getChat().isUserChat()) {
            return Optional.empty();
        }
        // An edit carries its new text (or caption), so a handoff can relay it as a correction.
        String text = kind == MessageKind.TEXT ? m.getText()
                : kind == MessageKind.EDITED ? (m.hasText() ? m.getText() : m.getCaption() == null ? "" : m.getCaption()) : "";
        Instant sent = m.getDate() == null ? Instant.now() : Instant.ofEpochSecond(m.getDate());
        return Optional.of(new ChatInbound(m.getChatId(),
                new InboundMessage(key(m.getChatId()), kind, text, sent, kind == MessageKind.EDITED ? null : attachment(m)), null));
    }

    /** The file id of a photo (its largest size), document, voice note, audio or video, with its caption. */
    static Attachment attachment(Message m) {
        String caption = m.getCaption();
        if (m.hasPhoto() && !m.getPhoto().isEmpty()) {
            var largest = m.getPhoto().stream().max(java.util.Comparator.comparingInt(p -> p.getFileSize() == null
                    ? p.getWidth() * p.getHeight() : p.getFileSize())).orElseThrow();
            return new Attachment(Attachment.Type.PHOTO, largest.getFileId(), caption);
        }
        if (m.hasVoice()) {
            return new Attachment(Attachment.Type.VOICE, m.getVoice().getFileId(), caption);
        }
        if (m.hasAudio()) {
            return new Attachment(Attachment.Type.AUDIO, m.getAudio().getFileId(), caption);
        }
        if (m.hasVideo()) {
            return new Attachment(Attachment.Type.VIDEO, m.getVideo().getFileId(), caption);
        }
        if (m.hasDocument()) {
            return new Attachment(Attachment.Type.DOCUMENT, m.getDocument().getFileId(), caption);
        }
        return null;
    }

    private static MessageKind kindOf(Message m) {
        if (m.hasText()) {
            return MessageKind.TEXT;
        }
        if (m.hasSticker()) {
            return MessageKind.STICKER;
        }
        if (m.hasPhoto()) {
            return MessageKind.PHOTO;
        }
        if (m.hasVoice() || m.hasAudio()) {
            return MessageKind.VOICE;
        }
        if (m.hasVideo() || m.hasVideoNote() || m.hasAnimation()) {
            return MessageKind.VIDEO;
        }
        if (m.hasDocument()) {
            return MessageKind.DOCUMENT;
        }
        if (m.hasLocation() || m.hasContact()) {
            return MessageKind.LOCATION;
        }
        return MessageKind.OTHER;
    }

    static ConversationKey key(long chatId) {
        return new ConversationKey(Channel.TELEGRAM, Long.toString(chatId));
    }
}
