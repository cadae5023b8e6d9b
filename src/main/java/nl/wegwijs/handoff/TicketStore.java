package nl.wegwijs.handoff;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.wegwijs.conversation.Channel;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.language.Language;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tickets in the database. Every change of status is one conditional UPDATE, so with several
 * replicas on one PostgreSQL each transition (claim, escalation, close) happens exactly once:
 * the row count says who won.
 */
@Repository
class TicketStore {

    // No 0/O, 1/I/L: an alias is read aloud and typed over.
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final String OPEN = "('AWAITING_CONSENT','QUEUED','CLAIMED')";

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    TicketStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new request under a fresh random ref; @return the ref. */
    String create(ConversationKey parent, Language language, String wantedLanguage, String topic, String region,
            String referral, String question, Instant at) {
        for (int attempt = 0; ; attempt++) {
            String ref = newRef(attempt < 5 ? 4 : 6);
            try {
                jdbc.sql("""
                        INSERT INTO handoff_ticket (ref, parent_channel, parent_chat_id, language, wanted_language, topic,
                        region, referral, question, status, requested_at, last_activity)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'AWAITING_CONSENT', ?, ?)""")
                        .params(ref, parent.channel().name(), parent.chatId(), language.code(), wantedLanguage, topic,
                                region, referral, question == null || question.length() <= 4000 ? question : question.substring(0, 3999) + "…",
                                ts(at), ts(at))
                        .update();
                return ref;
            } catch (DuplicateKeyException e) {
                // another ticket has this ref: draw again
            }
        }
    }

    Optional<Ticket> find(String ref) {
        return jdbc.sql("SELECT * FROM handoff_ticket WHERE ref = ?").param(ref).query(TicketStore::map).optional();
    }

    Optional<Ticket> openFor(ConversationKey parent) {
        return jdbc.sql("SELECT * FROM handoff_ticket WHERE parent_channel = ? AND parent_chat_id = ? AND status IN "
                        + OPEN + " ORDER BY requested_at DESC")
                .params(parent.channel().name(), parent.chatId())
                .query(TicketStore::map).list().stream().findFirst();
    }

    List<Ticket> allFor(ConversationKey parent) {
        return jdbc.sql("SELECT * FROM handoff_ticket WHERE parent_channel = ? AND parent_chat_id = ?")
                .params(parent.channel().name(), parent.chatId())
                .query(TicketStore::map).list();
    }

    boolean consent(String ref, Instant at) {
        return jdbc.sql("""
                UPDATE handoff_ticket SET status = 'QUEUED', consented_at = ?, escalated_at = ?, last_activity = ?
                WHERE ref = ? AND status = 'AWAITING_CONSENT'""")
                .params(ts(at), ts(at), ts(at), ref).update() == 1;
    }

    /** The atomic claim: only the first of any number of concurrent claims changes the row. */
    boolean claim(String ref, Intermediary by, IntermediaryAddress replyTo, Instant at) {
        return jdbc.sql("""
                UPDATE handoff_ticket SET status = 'CLAIMED', intermediary_id = ?, organisation = ?, claimed_at = ?,
                reply_chat_id = ?, reply_thread_id = ?, last_activity = ?
                WHERE ref = ? AND status = 'QUEUED'""")
                .params(by.id(), by.organisation(), ts(at), replyTo.chatId(), replyTo.threadId(), ts(at), ref)
                .update() == 1;
    }

    /** Ends an open ticket and drops its question text; false if it was already closed. */
    boolean close(String ref, HandoffEvent.Outcome outcome, Instant at) {
        return jdbc.sql("""
                UPDATE handoff_ticket SET status = 'CLOSED', outcome = ?, closed_at = ?, question = NULL, last_activity = ?
                WHERE ref = ? AND status IN ('QUEUED','CLAIMED')""")
                .params(outcome.name(), ts(at), ts(at), ref).update() == 1;
    }

    boolean escalate(String ref, int fromLevel, Instant at) {
        return jdbc.sql("""
                UPDATE handoff_ticket SET escalation_level = ?, escalated_at = ?
                WHERE ref = ? AND status = 'QUEUED' AND escalation_level = ?""")
                .params(fromLevel + 1, ts(at), ref, fromLevel).update() == 1;
    }

    boolean markParentToldWait(String ref) {
        return jdbc.sql("UPDATE handoff_ticket SET parent_told_wait = TRUE WHERE ref = ? AND parent_told_wait = FALSE")
                .param(ref).update() == 1;
    }

    /** The parent is about to write their question in one line (only before consent). */
    boolean startCorrecting(String ref) {
        return jdbc.sql("UPDATE handoff_ticket SET correcting = TRUE WHERE ref = ? AND status = 'AWAITING_CONSENT'").param(ref).update() == 1;
    }

    /** The parent's own line (scrubbed) replaces the retrieval's guess as the topic, and as the question shown. */
    void correctTopic(String ref, String scrubbedLine) {
        String topic = scrubbedLine.length() > 100 ? scrubbedLine.substring(0, 99) + "…" : scrubbedLine;
        jdbc.sql("UPDATE handoff_ticket SET topic = ?, question = NULL, correcting = FALSE WHERE ref = ? AND status = 'AWAITING_CONSENT'")
                .params(topic, ref).update();
    }

    void touch(String ref, Instant at) {
        jdbc.sql("UPDATE handoff_ticket SET last_activity = ? WHERE ref = ?").params(ts(at), ref).update();
    }

    void delete(String ref) {
        jdbc.sql("DELETE FROM handoff_notice WHERE ticket_ref = ?").param(ref).update();
        jdbc.sql("DELETE FROM handoff_desk_message WHERE ticket_ref = ?").param(ref).update();
        jdbc.sql("DELETE FROM handoff_ticket WHERE ref = ?").param(ref).update();
    }

    List<Ticket> queued() {
        return jdbc.sql("SELECT * FROM handoff_ticket WHERE status = 'QUEUED' ORDER BY consented_at")
                .query(TicketStore::map).list();
    }

    List<Ticket> claimedBy(String intermediaryId) {
        return jdbc.sql("SELECT * FROM handoff_ticket WHERE status = 'CLAIMED' AND intermediary_id = ? ORDER BY last_activity DESC")
                .param(intermediaryId).query(TicketStore::map).list();
    }

    /** The claimed ticket an intermediary is writing in: the topic's own, or the last active in a private chat. */
    Optional<Ticket> claimedAt(IntermediaryAddress at) {
        if (at.threadId() != null) {
            return jdbc.sql("SELECT * FROM handoff_ticket WHERE status = 'CLAIMED' AND reply_chat_id = ? AND reply_thread_id = ?")
                    .params(at.chatId(), at.threadId()).query(TicketStore::map).optional();
        }
        return jdbc.sql("""
                SELECT * FROM handoff_ticket WHERE status = 'CLAIMED' AND reply_chat_id = ? AND reply_thread_id IS NULL
                ORDER BY last_activity DESC""")
                .param(at.chatId()).query(TicketStore::map).list().stream().findFirst();
    }

    List<Ticket> idleClaimed(Instant lastActivityBefore) {
        return jdbc.sql("SELECT * FROM handoff_ticket WHERE status = 'CLAIMED' AND last_activity < ?")
                .param(ts(lastActivityBefore)).query(TicketStore::map).list();
    }

    int load(String intermediaryId) {
        return jdbc.sql("SELECT COUNT(*) FROM handoff_ticket WHERE status = 'CLAIMED' AND intermediary_id = ?")
                .param(intermediaryId).query(Integer.class).single();
    }

    /** Closed tickets past retention, and requests the parent never answered. */
    int purge(Instant closedBefore, Instant unansweredBefore) {
        jdbc.sql("""
                DELETE FROM handoff_desk_message WHERE ticket_ref IN (SELECT ref FROM handoff_ticket
                WHERE (status = 'CLOSED' AND closed_at < ?) OR (status = 'AWAITING_CONSENT' AND requested_at < ?))""")
                .params(ts(closedBefore), ts(unansweredBefore)).update();
        jdbc.sql("""
                DELETE FROM handoff_notice WHERE ticket_ref IN (SELECT ref FROM handoff_ticket
                WHERE (status = 'CLOSED' AND closed_at < ?) OR (status = 'AWAITING_CONSENT' AND requested_at < ?))""")
                .params(ts(closedBefore), ts(unansweredBefore)).update();
        return jdbc.sql("""
                DELETE FROM handoff_ticket
                WHERE (status = 'CLOSED' AND closed_at < ?) OR (status = 'AWAITING_CONSENT' AND requested_at < ?)""")
                .params(ts(closedBefore), ts(unansweredBefore)).update();
    }

    // --- notices: who was told about a ticket, and where

    void addNotice(String ref, String intermediaryId, IntermediaryAddress at, Long messageId) {
        jdbc.sql("INSERT INTO handoff_notice (ticket_ref, intermediary_id, chat_id, thread_id, message_id) VALUES (?, ?, ?, ?, ?)")
                .params(ref, intermediaryId, at.chatId(), at.threadId(), messageId).update();
    }

    record Notice(String intermediaryId, IntermediaryAddress at, Long messageId) {
    }

    List<Notice> notices(String ref) {
        return jdbc.sql("SELECT intermediary_id, chat_id, thread_id, message_id FROM handoff_notice WHERE ticket_ref = ?")
                .param(ref)
                .query((rs, n) -> new Notice(rs.getString("intermediary_id"),
                        new IntermediaryAddress(rs.getLong("chat_id"), nullableLong(rs, "thread_id")),
                        nullableLong(rs, "message_id")))
                .list();
    }

    private String newRef(int length) {
        char[] ref = new char[length];
        for (int i = 0; i < length; i++) {
            ref[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(ref);
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Ticket map(ResultSet rs, int row) throws SQLException {
        Long replyChat = nullableLong(rs, "reply_chat_id");
        String outcome = rs.getString("outcome");
        return new Ticket(
                rs.getString("ref"),
                new ConversationKey(Channel.valueOf(rs.getString("parent_channel")), rs.getString("parent_chat_id")),
                Language.fromCode(rs.getString("language")).orElse(Language.NL),
                rs.getString("wanted_language"),
                rs.getString("topic"),
                rs.getString("region"),
                rs.getString("referral"),
                rs.getString("question"),
                TicketStatus.valueOf(rs.getString("status")),
                instant(rs, "requested_at"),
                instant(rs, "consented_at"),
                rs.getInt("escalation_level"),
                instant(rs, "escalated_at"),
                rs.getBoolean("parent_told_wait"),
                rs.getString("intermediary_id"),
                rs.getString("organisation"),
                instant(rs, "claimed_at"),
                replyChat == null ? null : new IntermediaryAddress(replyChat, nullableLong(rs, "reply_thread_id")),
                instant(rs, "closed_at"),
                outcome == null ? null : HandoffEvent.Outcome.valueOf(outcome),
                rs.getBoolean("correcting"));
    }
}
