package nl.wegwijs.handoff;

import java.util.List;
import nl.wegwijs.conversation.Attachment;
import nl.wegwijs.conversation.Channel;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.conversation.OutboundMessage;

/**
 * Port: messages to a parent outside a reply (an intermediary's answer, a claim, a long wait).
 * A channel that can push implements it (Telegram); for a channel without one (the web page)
 * the messages wait until the page fetches them through {@link ParentMailbox}. Throws a runtime
 * exception when sending fails (best {@link DeliveryFailed}), so the message stays queued and is retried.
 */
public interface ParentOutbox {

    Channel channel();

    void send(ConversationKey parent, List<OutboundMessage> messages);

    /** One attempt at one queued message, with an intermediary's photo, document or voice note by file id. */
    default void deliver(ConversationKey parent, OutboundMessage message, Attachment media) {
        send(parent, List.of(message));
    }
}
