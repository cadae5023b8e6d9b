package nl.wegwijs.support;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.conversation.ConversationState;
import nl.wegwijs.conversation.ConversationStore;
import org.springframework.dao.DataAccessResourceFailureException;

/** Fake of our own port; {@link #failing} simulates a database outage. */
public class InMemoryConversationStore implements ConversationStore {

    public final Map<ConversationKey, ConversationState> rows = new ConcurrentHashMap<>();
    public volatile boolean failing;

    @Override
    public Optional<ConversationState> find(ConversationKey key) {
        check();
        return Optional.ofNullable(rows.get(key));
    }

    @Override
    public void save(ConversationState state) {
        check();
        rows.put(state.key(), state);
    }

    @Override
    public void delete(ConversationKey key) {
        check();
        rows.remove(key);
    }

    private void check() {
        if (failing) {
            throw new DataAccessResourceFailureException("database down (test)");
        }
    }
}
