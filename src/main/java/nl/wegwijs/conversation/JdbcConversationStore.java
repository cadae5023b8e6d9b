package nl.wegwijs.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import nl.wegwijs.language.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Conversation state in the database (H2 or PostgreSQL), with a short-lived Caffeine cache in
 * front. The cache only ever holds what the database holds: it is filled after a successful read
 * or write and emptied on delete.
 */
@Repository
class JdbcConversationStore implements ConversationStore {

    private final JdbcClient jdbc;
    private final Cache<ConversationKey, ConversationState> cache;

    JdbcConversationStore(JdbcClient jdbc, ConversationProperties properties) {
        this.jdbc = jdbc;
        this.cache = Caffeine.newBuilder()
                .maximumSize(properties.cacheSize())
                .expireAfterWrite(properties.cacheTtl())
                .build();
    }

    @Override
    public Optional<ConversationState> find(ConversationKey key) {
        ConversationState cached = cache.getIfPresent(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<ConversationState> found = jdbc.sql("""
                        SELECT channel, chat_id, language, language_chosen, referral, stage, ticket_ref, last_activity, last_topic
                        FROM conversation_state WHERE channel = ? AND chat_id = ?""")
                .params(key.channel().name(), key.chatId())
                .query(JdbcConversationStore::map)
                .optional();
        found.ifPresent(state -> cache.put(key, state));
        return found;
    }

    @Override
    public void save(ConversationState s) {
        Object[] values = {
            s.language() == null ? null : s.language().code(), s.languageChosen(), s.referral(),
            s.stage().name(), s.ticketRef(), Timestamp.from(s.lastActivity()), s.lastTopic(),
            s.key().channel().name(), s.key().chatId()
        };
        int updated = jdbc.sql("""
                        UPDATE conversation_state SET language = ?, language_chosen = ?, referral = ?, stage = ?,
                        ticket_ref = ?, last_activity = ?, last_topic = ? WHERE channel = ? AND chat_id = ?""")
                .params(values).update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO conversation_state
                            (language, language_chosen, referral, stage, ticket_ref, last_activity, last_topic, channel, chat_id)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(values).update();
        }
        cache.put(s.key(), s);
    }

    @Override
    public void delete(ConversationKey key) {
        cache.invalidate(key);
        jdbc.sql("DELETE FROM conversation_state WHERE channel = ? AND chat_id = ?")
                .params(key.channel().name(), key.chatId())
                .update();
    }

    private static ConversationState map(ResultSet rs, int row) throws SQLException {
        return new ConversationState(
                new ConversationKey(Channel.valueOf(rs.getString("channel")), rs.getString("chat_id")),
                Language.fromCode(rs.getString("language")).orElse(null),
                rs.getBoolean("language_chosen"),
                rs.getString("referral"),
                Stage.valueOf(rs.getString("stage")),
                rs.getString("ticket_ref"),
                rs.getTimestamp("last_activity").toInstant(),
                rs.getString("last_topic"));
    }
}
