package nl.wegwijs.handoff;

import java.util.List;
import nl.wegwijs.conversation.Attachment;
import nl.wegwijs.conversation.Button;

/**
 * Port: messages to intermediaries, implemented by the Telegram adapter. {@link #send} retries
 * briefly itself and throws a runtime exception when the channel finally fails; {@link #deliver}
 * tries once and throws {@link DeliveryFailed}, so the relay queue schedules the retry.
 */
public interface IntermediaryOutbox {

    /** @return the id of the sent message, to edit it later */
    long send(IntermediaryAddress to, String text, List<Button> buttons);

    /**
     * One attempt at a queued message, with a photo, document, voice note or video by file id
     * (the text is then its caption). @return the id of the (last) sent message
     */
    default long deliver(IntermediaryAddress to, String text, Attachment media, List<Button> buttons) {
        return send(to, text, buttons);
    }

    /**
     * As {@link #deliver(IntermediaryAddress, String, Attachment, List)}, saying which channel the
     * file id belongs to (the parent's): a file from another channel (a WhatsApp media id) cannot
     * be sent by id and is fetched and uploaded instead.
     */
    default long deliver(IntermediaryAddress to, String text, Attachment media, nl.wegwijs.conversation.Channel from,
            List<Button> buttons) {
        return deliver(to, text, media, buttons);
    }

    /** Replaces a sent message's text and removes its buttons. */
    void edit(IntermediaryAddress to, long messageId, String text);

    /** Opens a forum topic in an organisation's group; @return its message thread id. */
    long openTopic(long groupChatId, String title);
}
