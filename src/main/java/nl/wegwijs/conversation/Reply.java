package nl.wegwijs.conversation;

import java.util.List;
import nl.wegwijs.language.BidiText;
import nl.wegwijs.language.Language;

/**
 * What the bot answers to one inbound message, in one language. A right-to-left reply gets its
 * numbers and Dutch names isolated here, the one place every channel's answer passes through.
 */
public record Reply(Language language, List<OutboundMessage> messages) {

    public Reply {
        messages = language != null && language.rightToLeft()
                ? messages.stream().map(Reply::isolated).toList()
                : List.copyOf(messages);
    }

    private static OutboundMessage isolated(OutboundMessage m) {
        return new OutboundMessage(BidiText.isolate(m.text()),
                m.buttons().stream().map(b -> new Button(BidiText.isolate(b.label()), b.value())).toList());
    }
}
