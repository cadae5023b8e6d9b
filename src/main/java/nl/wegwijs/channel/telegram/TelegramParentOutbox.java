package nl.wegwijs.channel.telegram;

import java.util.List;
import nl.wegwijs.conversation.Attachment;
import nl.wegwijs.conversation.Channel;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.handoff.ParentOutbox;

/** Pushes the handoff's messages (an intermediary's answer, a claim) into a parent's private chat. */
class TelegramParentOutbox implements ParentOutbox {

    private final TelegramReplySender sender;

    TelegramParentOutbox(TelegramReplySender sender) {
        this.sender = sender;
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public void send(ConversationKey parent, List<OutboundMessage> messages) {
        sender.send(Long.parseLong(parent.chatId()), messages);
    }

    /** One attempt, no waiting on this thread: a 429 or a blocked bot comes back as DeliveryFailed for the relay queue. */
    @Override
    public void deliver(ConversationKey parent, OutboundMessage message, Attachment media) {
        sender.deliver(Long.parseLong(parent.chatId()), null, message.text(), media, message.buttons());
    }
}
