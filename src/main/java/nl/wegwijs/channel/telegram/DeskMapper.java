package nl.wegwijs.channel.telegram;

import java.util.Optional;
import nl.wegwijs.conversation.Attachment;
import nl.wegwijs.handoff.IntermediaryMessage;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Maps an update to what the handoff desk needs to decide whether it is an intermediary's: the
 * chat, the forum topic, the sender's user id (which the registry checks), the message it replies
 * to (its addressee), and text, a caption with a photo, document, voice note or video by file id,
 * or an edit. Every kind is mapped, so an intermediary's photo or edit never reaches the parents' pipeline.
 */
final class DeskMapper {

    private DeskMapper() {
    }

    record DeskInbound(IntermediaryMessage message, String callbackQueryId) {
    }

    static Optional<DeskInbound> map(Update update) {
        if (update.hasCallbackQuery()) {
            CallbackQuery q = update.getCallbackQuery();
            if (q.getData() == null || q.getFrom() == null || q.getMessage() == null) {
                return Optional.empty();
            }
            Long chatId = q.getMessage().getChatId();
            Integer thread = q.getMessage() instanceof Message m && Boolean.TRUE.equals(m.getIsTopicMessage())
                    ? m.getMessageThreadId() : null;
            return Optional.of(new DeskInbound(new IntermediaryMessage(chatId, thread == null ? null : thread.longValue(),
                    q.getFrom().getId(), chatId > 0, true, q.getData()), q.getId()));
        }
        boolean edited = update.hasEditedMessage();
        Message m = edited ? update.getEditedMessage() : update.getMessage();
        if (m == null || m.getFrom() == null || m.getChat() == null) {
            return Optional.empty();
        }
        Attachment media = edited ? null : UpdateMapper.attachment(m);
        String text = m.hasText() ? m.getText() : m.getCaption();
        if (media == null && (text == null || text.isEmpty())) {
            return Optional.empty();
        }
        Integer thread = Boolean.TRUE.equals(m.getIsTopicMessage()) ? m.getMessageThreadId() : null;
        // In a forum topic every message "replies" to the topic's first message: only a real reply names an addressee.
        Message repliedTo = m.getReplyToMessage();
        Long replyTo = repliedTo == null || repliedTo.getMessageId() == null
                || thread != null && repliedTo.getMessageId().equals(thread) ? null : repliedTo.getMessageId().longValue();
        return Optional.of(new DeskInbound(new IntermediaryMessage(m.getChatId(), thread == null ? null : thread.longValue(),
                m.getFrom().getId(), Boolean.TRUE.equals(m.getChat().isUserChat()), false, media != null ? m.getCaption() : text,
                replyTo, media, edited), null));
    }
}
