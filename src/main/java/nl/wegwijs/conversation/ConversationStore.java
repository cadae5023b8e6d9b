package nl.wegwijs.conversation;

import java.util.Optional;

/** Port: where conversation state lives between messages. */
public interface ConversationStore {

    Optional<ConversationState> find(ConversationKey key);

    void save(ConversationState state);

    void delete(ConversationKey key);
}
