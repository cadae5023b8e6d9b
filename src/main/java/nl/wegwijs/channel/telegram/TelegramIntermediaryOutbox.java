package nl.wegwijs.channel.telegram;

import java.util.List;
import nl.wegwijs.conversation.Attachment;
import nl.wegwijs.conversation.Button;
import nl.wegwijs.handoff.IntermediaryAddress;
import nl.wegwijs.handoff.IntermediaryOutbox;

/** The handoff's messages to intermediaries, in their private chat or their organisation's forum topic. */
class TelegramIntermediaryOutbox implements IntermediaryOutbox {

    private final TelegramReplySender sender;

    TelegramIntermediaryOutbox(TelegramReplySender sender) {
        this.sender = sender;
    }

    @Override
    public long send(IntermediaryAddress to, String text, List<Button> buttons) {
        return sender.sendTo(to.chatId(), to.threadId() == null ? null : to.threadId().intValue(), text, buttons);
    }

    @Override
    public long deliver(IntermediaryAddress to, String text, Attachment media, List<Button> buttons) {
        return sender.deliver(to.chatId(), to.threadId() == null ? null : to.threadId().intValue(), text, media, buttons);
    }

    @Override
    public void edit(IntermediaryAddress to, long messageId, String text) {
        sender.edit(to.chatId(), messageId, text);
    }

    @Override
    public long openTopic(long groupChatId, String title) {
        return sender.createTopic(groupChatId, title);
    }
}
