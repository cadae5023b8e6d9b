package nl.wegwijs.handoff;

import nl.wegwijs.conversation.StoredButtons;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import nl.wegwijs.conversation.Attachment;
import nl.wegwijs.conversation.Button;
import nl.wegwijs.conversation.Channel;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.language.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Relayed messages in the database until delivered: a message is written here first and deleted
 * only after the channel accepted it, so a Telegram outage or a restart loses nothing. A lease
 * keeps two replicas from sending the same row at once.
 */
@Repository
class RelayQueue {

    /** TO_DESK: a desk message about a ticket to a given chat or topic (a start, an outcome question, "taken"). */
    enum Direction { TO_PARENT, TO_INTERMEDIARY, TO_DESK }

    record Item(long id, String ticketRef, Direction direction, ConversationKey parent, Language language, String text,
            List<Button> buttons, int attempts, Attachment media, IntermediaryAddress desk, Instant nextAttemptAt) {
        @Override
        public String toString() {
            return "Item[" + id + ", " + direction + "]";
        }
    }


    private final JdbcClient jdbc;

    RelayQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String ticketRef, Direction direction, ConversationKey parent, Language language, String text,
            List<Button> buttons, Instant at) {
        add(ticketRef, direction, parent, language, text, buttons, null, null, at);
    }

    void add(String ticketRef, Direction direction, ConversationKey parent, Language language, String text,
            List<Button> buttons, Attachment media, IntermediaryAddress desk, Instant at) {
        jdbc.sql("""
                INSERT INTO handoff_outbox (ticket_ref, direction, parent_channel, parent_chat_id, language, text, buttons,
                created_at, next_attempt_at, media_kind, media_file, desk_chat_id, desk_thread_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(ticketRef, direction.name(), parent.channel().name(), parent.chatId(),
                        language == null ? null : language.code(), text, StoredButtons.encode(buttons), Timestamp.from(at), Timestamp.from(at),
                        media == null ? null : media.type().name(), media == null ? null : media.fileId(),
                        desk == null ? null : desk.chatId(), desk == null ? null : desk.threadId())
                .update();
    }

    List<Item> toDesk(IntermediaryAddress at) {
        return at.threadId() == null
                ? jdbc.sql("SELECT * FROM handoff_outbox WHERE direction = 'TO_DESK' AND desk_chat_id = ? AND desk_thread_id IS NULL ORDER BY id")
                        .param(at.chatId()).query(this::map).list()
                : jdbc.sql("SELECT * FROM handoff_outbox WHERE direction = 'TO_DESK' AND desk_chat_id = ? AND desk_thread_id = ? ORDER BY id")
                        .params(at.chatId(), at.threadId()).query(this::map).list();
    }

    List<Item> toIntermediary(String ticketRef) {
        return jdbc.sql("SELECT * FROM handoff_outbox WHERE ticket_ref = ? AND direction = 'TO_INTERMEDIARY' ORDER BY id")
                .param(ticketRef).query(this::map).list();
    }

    List<Item> toParent(ConversationKey parent) {
        return jdbc.sql("SELECT * FROM handoff_outbox WHERE parent_channel = ? AND parent_chat_id = ? AND direction = 'TO_PARENT' ORDER BY id")
                .params(parent.channel().name(), parent.chatId()).query(this::map).list();
    }

    /** Rows whose time to (re)try has come, one per destination. */
    List<Item> due(Instant now) {
        return jdbc.sql("SELECT * FROM handoff_outbox WHERE next_attempt_at <= ? AND (lease_until IS NULL OR lease_until < ?) ORDER BY id")
                .params(Timestamp.from(now), Timestamp.from(now)).query(this::map).list();
    }

    /** Takes a row for sending until {@code until}; false when another replica has it. */
    boolean lease(long id, Instant now, Instant until) {
        return jdbc.sql("UPDATE handoff_outbox SET lease_until = ? WHERE id = ? AND (lease_until IS NULL OR lease_until < ?)")
                .params(Timestamp.from(until), id, Timestamp.from(now)).update() == 1;
    }

    void delivered(long id) {
        jdbc.sql("DELETE FROM handoff_outbox WHERE id = ?").param(id).update();
    }

    void failed(long id, Instant retryAt) {
        jdbc.sql("UPDATE handoff_outbox SET attempts = attempts + 1, next_attempt_at = ?, lease_until = NULL WHERE id = ?")
                .params(Timestamp.from(retryAt), id).update();
    }

    void dropToParent(ConversationKey parent) {
        jdbc.sql("DELETE FROM handoff_outbox WHERE parent_channel = ? AND parent_chat_id = ? AND direction = 'TO_PARENT'")
                .params(parent.channel().name(), parent.chatId()).update();
    }

    void dropToIntermediary(String ticketRef) {
        jdbc.sql("DELETE FROM handoff_outbox WHERE ticket_ref = ? AND direction = 'TO_INTERMEDIARY'").param(ticketRef).update();
    }

    /** The parent's messages both ways; desk messages about their tickets (which name no one) still go out. */
    void dropFor(ConversationKey parent) {
        jdbc.sql("DELETE FROM handoff_outbox WHERE parent_channel = ? AND parent_chat_id = ? AND direction <> 'TO_DESK'")
                .params(parent.channel().name(), parent.chatId()).update();
    }

    /** Messages nobody could deliver or fetch for this long are not kept. */
    int purgeOlderThan(Instant before) {
        return jdbc.sql("DELETE FROM handoff_outbox WHERE created_at < ?").param(Timestamp.from(before)).update();
    }

    private Item map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Item(rs.getLong("id"), rs.getString("ticket_ref"), Direction.valueOf(rs.getString("direction")),
                new ConversationKey(Channel.valueOf(rs.getString("parent_channel")), rs.getString("parent_chat_id")),
                Language.fromCode(rs.getString("language")).orElse(null), rs.getString("text"),
                StoredButtons.decode(rs.getString("buttons")), rs.getInt("attempts"),
                rs.getString("media_kind") == null ? null
                        : new Attachment(Attachment.Type.valueOf(rs.getString("media_kind")), rs.getString("media_file"), ""),
                TicketStore.nullableLong(rs, "desk_chat_id") == null ? null
                        : new IntermediaryAddress(rs.getLong("desk_chat_id"), TicketStore.nullableLong(rs, "desk_thread_id")),
                rs.getTimestamp("next_attempt_at").toInstant());
    }

}
