package nl.wegwijs.conversation;

/** Where a conversation takes place. */
public enum Channel {
    WEB,
    TELEGRAM,
    WHATSAPP
}
