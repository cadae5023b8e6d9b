package nl.wegwijs.channel.web;

import nl.wegwijs.inbox.InboxHandler;
import nl.wegwijs.inbox.InboxItem;
import org.springframework.stereotype.Component;

/**
 * Web messages hold their place in the conversation's line in the inbox, but are answered by the
 * request that waits for them, so their text is never stored. A place whose request is gone (its
 * replica died) reaches a worker once its lease has run out: nobody waits for an answer, so it is
 * only cleared, and the conversation's next message goes on.
 */
@Component
class WebInbox implements InboxHandler {

    static final String SOURCE = "web";

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public void handle(InboxItem item) {
        // Nothing to do: see the class comment.
    }
}
