package nl.wegwijs.handoff;

import java.util.List;
import nl.wegwijs.conversation.Button;

/**
 * Port: messages to intermediaries, implemented by the Telegram adapter. Every method throws a
 * runtime exception when the channel finally fails, so the caller can keep the message queued.
 */
public interface IntermediaryOutbox {

    /** @return the id of the sent message, to edit it later */
    long send(IntermediaryAddress to, String text, List<Button> buttons);

    /** Replaces a sent message's text and removes its buttons. */
    void edit(IntermediaryAddress to, long messageId, String text);

    /** Opens a forum topic in an organisation's group; @return its message thread id. */
    long openTopic(long groupChatId, String title);
}
