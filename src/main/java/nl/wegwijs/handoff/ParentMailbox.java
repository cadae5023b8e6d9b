package nl.wegwijs.handoff;

import java.util.List;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.conversation.ConversationState;
import nl.wegwijs.conversation.ConversationStore;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.conversation.Reply;
import nl.wegwijs.language.Language;
import org.springframework.stereotype.Service;

/**
 * For parents on a channel that cannot push (the web page): the handoff's messages wait in the
 * database until the page fetches them, so any replica can hand them over.
 */
@Service
public class ParentMailbox {

    private final Relay relay;
    private final ConversationStore conversations;

    ParentMailbox(Relay relay, ConversationStore conversations) {
        this.relay = relay;
        this.conversations = conversations;
    }

    public Reply take(ConversationKey parent) {
        List<RelayQueue.Item> items = relay.take(parent);
        Language language = items.isEmpty()
                ? conversations.find(parent).map(ConversationState::language).filter(l -> l != null).orElse(Language.NL)
                : items.get(items.size() - 1).language() != null ? items.get(items.size() - 1).language() : Language.NL;
        return new Reply(language, items.stream().map(i -> OutboundMessage.of(i.text(), i.buttons())).toList());
    }
}
