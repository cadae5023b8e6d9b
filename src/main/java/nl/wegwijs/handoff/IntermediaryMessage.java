package nl.wegwijs.handoff;

/**
 * A message or button press that may come from an intermediary or admin, mapped at the edge.
 * {@code text} is the typed text or the button's value; it is never logged.
 *
 * @param chatId      the chat it came from (a private chat or an organisation's group)
 * @param threadId    the forum topic, or null
 * @param userId      the Telegram user who wrote it: what the registry checks
 * @param privateChat whether the chat is a private chat with the bot
 * @param button      whether it is a button press
 */
public record IntermediaryMessage(long chatId, Long threadId, long userId, boolean privateChat, boolean button, String text) {

    public IntermediaryMessage {
        text = text == null ? "" : text;
    }

    IntermediaryAddress address() {
        return new IntermediaryAddress(chatId, threadId);
    }

    boolean isCommand() {
        return !button && text.startsWith("/");
    }

    @Override
    public String toString() {
        return "IntermediaryMessage[" + (privateChat ? "private" : "group") + ", " + text.length() + " chars]";
    }
}
