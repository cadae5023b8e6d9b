package nl.wegwijs.channel.whatsapp;

import nl.wegwijs.conversation.Channel;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.conversation.Reply;
import nl.wegwijs.letters.LetterReplies;

/**
 * The explanation of a letter, sent when it is ready like any reply (fitted to WhatsApp's limits,
 * retried on 429 and 5xx). It follows the parent's own photo within seconds or minutes, so the
 * 24-hour window is open.
 */
class WhatsAppLetterReplies implements LetterReplies {

    private final WhatsAppSender sender;

    WhatsAppLetterReplies(WhatsAppSender sender) {
        this.sender = sender;
    }

    @Override
    public Channel channel() {
        return Channel.WHATSAPP;
    }

    @Override
    public void send(ConversationKey key, Reply reply) {
        sender.send(key.chatId(), reply.language(), reply.messages());
    }
}
