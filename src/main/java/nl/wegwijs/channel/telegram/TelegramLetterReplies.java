package nl.wegwijs.channel.telegram;

import nl.wegwijs.conversation.Channel;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.conversation.Reply;
import nl.wegwijs.letters.LetterReplies;

/** The explanation of a letter, sent when it is ready, like any reply (split, with buttons, retried). */
class TelegramLetterReplies implements LetterReplies {

    private final TelegramReplySender sender;

    TelegramLetterReplies(TelegramReplySender sender) {
        this.sender = sender;
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public void send(ConversationKey key, Reply reply) {
        sender.send(Long.parseLong(key.chatId()), reply.messages());
    }
}
