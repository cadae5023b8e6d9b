package nl.wegwijs.conversation;

import java.util.List;
import nl.wegwijs.language.Language;

/** What the bot answers to one inbound message, in one language. */
public record Reply(Language language, List<OutboundMessage> messages) {

    public Reply {
        messages = List.copyOf(messages);
    }
}
