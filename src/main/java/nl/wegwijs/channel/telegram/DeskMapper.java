package nl.wegwijs.channel.telegram;

import java.util.Optional;
import nl.wegwijs.handoff.IntermediaryMessage;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Maps an update to what the handoff desk needs to decide whether it is an intermediary's: the
 * chat, the forum topic and the sender's user id (which the registry checks). Text only.
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
        Message m = update.getMessage();
        if (m == null || !m.hasText() || m.getFrom() == null || m.getChat() == null) {
            return Optional.empty();
        }
        Integer thread = Boolean.TRUE.equals(m.getIsTopicMessage()) ? m.getMessageThreadId() : null;
        return Optional.of(new DeskInbound(new IntermediaryMessage(m.getChatId(), thread == null ? null : thread.longValue(),
                m.getFrom().getId(), Boolean.TRUE.equals(m.getChat().isUserChat()), false, m.getText()), null));
    }
}
