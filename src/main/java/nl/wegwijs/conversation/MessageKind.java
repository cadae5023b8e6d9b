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
    /**
     * The text read from a photographed or scanned letter (nl.wegwijs.letters), never typed by the
     * user: it is explained as a letter, goes through the crisis check, keeps the conversation's
     * language, and like every non-TEXT kind is never stored or kept as a question.
     */
    LETTER,
    OTHER
}
