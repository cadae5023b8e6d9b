package nl.wegwijs.conversation;

/** Where a conversation stands between messages. */
public enum Stage {
    /** Talking with the bot. */
    BOT,
    /** The bot asked whether it may pass the question on to a person. */
    AWAITING_CONSENT,
    /** A handoff ticket is open: messages are relayed to an intermediary. */
    IN_HANDOFF
}
