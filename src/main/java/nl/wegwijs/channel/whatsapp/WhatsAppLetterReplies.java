package nl.wegwijs.channel.whatsapp;

import nl.wegwijs.conversation.Channel;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.conversation.Reply;
import nl.wegwijs.letters.LetterReplies;

/**
 * The explanation of a letter, when it is ready, through the outbox like any reply (fitted to
 * WhatsApp's limits, retried on 429 and 5xx, in order with the chat's other replies). It follows
 * the parent's own photo within seconds or minutes, so the 24-hour window is open.
 */
class WhatsAppLetterReplies implements LetterReplies {

    private final WhatsAppChatReplies replies;

    WhatsAppLetterReplies(WhatsAppChatReplies replies) {
        this.replies = replies;
    }

    @Override
    public Channel channel() {
        return Channel.WHATSAPP;
    }

    @Override
    public void send(ConversationKey key, Reply reply) {
        replies.queue(key.chatId(), reply.language(), reply.messages());
    }
}
