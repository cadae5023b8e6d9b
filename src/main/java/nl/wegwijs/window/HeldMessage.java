package nl.wegwijs.window;

import nl.wegwijs.conversation.Attachment;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.language.Language;

/** A message that waited for the user to open the window again; never logged with its text. */
public record HeldMessage(long id, Language language, OutboundMessage message, Attachment media) {

    @Override
    public String toString() {
        return "HeldMessage[" + id + "]";
    }
}
