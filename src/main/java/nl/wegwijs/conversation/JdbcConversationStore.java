package nl.wegwijs.conversation;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import nl.wegwijs.language.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;

/**
 * Conversation state in the database (H2 or PostgreSQL), the only truth about a conversation:
 * no replica keeps a copy, since another replica may answer the chat's next message. A save is one
 * atomic upsert, so two first messages of one conversation at once both succeed.
 */
@Repository
class JdbcConversationStore implements ConversationStore {

    private static final String POSTGRES_UPSERT = """
            INSERT INTO conversation_state
            (language, language_chosen, referral, stage, ticket_ref, last_activity, last_topic, channel, chat_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (channel, chat_id) DO UPDATE SET language = EXCLUDED.language,
            language_chosen = EXCLUDED.language_chosen, referral = EXCLUDED.referral, stage = EXCLUDED.stage,
            ticket_ref = EXCLUDED.ticket_ref, last_activity = EXCLUDED.last_activity, last_topic = EXCLUDED.last_topic""";
    private static final String H2_UPSERT = """
            MERGE INTO conversation_state
            (language, language_chosen, referral, stage, ticket_ref, last_activity, last_topic, channel, chat_id)
            KEY (channel, chat_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final String upsert;

    @Autowired
    JdbcConversationStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.upsert = isPostgres(dataSource) ? POSTGRES_UPSERT : H2_UPSERT;
    }

    @Override
    public Optional<ConversationState> find(ConversationKey key) {
        return jdbc.sql("""
                        SELECT channel, chat_id, language, language_chosen, referral, stage, ticket_ref, last_activity, last_topic
                        FROM conversation_state WHERE channel = ? AND chat_id = ?""")
                .params(key.channel().name(), key.chatId())
                .query(JdbcConversationStore::map)
                .optional();
    }

    @Override
    public void save(ConversationState s) {
        jdbc.sql(upsert).params(
                s.language() == null ? null : s.language().code(), s.languageChosen(), s.referral(),
                s.stage().name(), s.ticketRef(), Timestamp.from(s.lastActivity()), s.lastTopic(),
                s.key().channel().name(), s.key().chatId()).update();
    }

    @Override
    public void delete(ConversationKey key) {
        jdbc.sql("DELETE FROM conversation_state WHERE channel = ? AND chat_id = ?")
                .params(key.channel().name(), key.chatId())
                .update();
    }

    /** Deletes the state of conversations inactive since before {@code cutoff}; returns how many. */
    int deleteInactiveSince(Instant cutoff) {
        return jdbc.sql("DELETE FROM conversation_state WHERE last_activity < ?").param(Timestamp.from(cutoff)).update();
    }

    private static boolean isPostgres(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return product != null && product.toLowerCase(Locale.ROOT).contains("postgres");
        } catch (MetaDataAccessException e) {
            return false;
        }
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
