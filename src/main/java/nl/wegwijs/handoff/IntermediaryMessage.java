package nl.wegwijs.handoff;

/**
 * A message or button press that may come from an intermediary or admin, mapped at the edge.
 * {@code text} is the typed text, a caption, or the button's value; it is never logged.
 *
 * @param chatId      the chat it came from (a private chat or an organisation's group)
 * @param threadId    the forum topic, or null
 * @param userId      the Telegram user who wrote it: what the registry checks
 * @param privateChat whether the chat is a private chat with the bot
 * @param button      whether it is a button press
 * @param replyTo     the id of the message in this chat it replies to, or null: that message's parent is the addressee
 * @param attachment  a photo, document, voice note or video, by file id, or null
 * @param edited      whether it is an edit of an earlier message (relayed as a marked correction)
 */
public record IntermediaryMessage(long chatId, Long threadId, long userId, boolean privateChat, boolean button, String text,
        Long replyTo, nl.wegwijs.conversation.Attachment attachment, boolean edited) {

    public IntermediaryMessage {
        text = text == null ? "" : text;
    }

    public IntermediaryMessage(long chatId, Long threadId, long userId, boolean privateChat, boolean button, String text) {
        this(chatId, threadId, userId, privateChat, button, text, null, null, false);
    }

    IntermediaryAddress address() {
        return new IntermediaryAddress(chatId, threadId);
    }

    boolean isCommand() {
        return !button && !edited && attachment == null && text.startsWith("/");
    }

    @Override
    public String toString() {
        return "IntermediaryMessage[" + (privateChat ? "private" : "group") + ", " + text.length() + " chars"
                + (attachment == null ? "" : ", " + attachment.type()) + (edited ? ", edited" : "") + "]";
    }
}
