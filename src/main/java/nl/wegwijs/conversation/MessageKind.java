package nl.wegwijs.conversation;

/** What the user sent. Everything that is not text or a button gets a friendly explanation. */
public enum MessageKind {
    TEXT,
    BUTTON,
    STICKER,
    PHOTO,
    VOICE,
    VIDEO,
    DOCUMENT,
    LOCATION,
    CONTACT,
    EDITED,
    OTHER
}
