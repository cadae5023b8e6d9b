package nl.wegwijs.letters;

import nl.wegwijs.conversation.Channel;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.conversation.Reply;

/**
 * Port: sends a reply that is ready later than the turn that asked for it (a letter read off the
 * reply path) to its conversation on a channel.
 */
public interface LetterReplies {

    Channel channel();

    void send(ConversationKey key, Reply reply);
}
