package nl.wegwijs.channel.telegram;

import nl.wegwijs.conversation.Channel;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.conversation.Reply;
import nl.wegwijs.letters.LetterReplies;

/**
 * The explanation of a letter, when it is ready, through the outbox like any reply (split, with
 * buttons, retried, in order with the chat's other replies).
 */
class TelegramLetterReplies implements LetterReplies {

    private final TelegramChatReplies replies;

    TelegramLetterReplies(TelegramChatReplies replies) {
        this.replies = replies;
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public void send(ConversationKey key, Reply reply) {
        replies.queue(Long.parseLong(key.chatId()), reply.messages());
    }
}
