package nl.wegwijs.window;

import nl.wegwijs.conversation.StoredButtons;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.wegwijs.conversation.Attachment;
import nl.wegwijs.conversation.Button;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.conversation.UserForgotten;
import nl.wegwijs.language.Language;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The time a channel lets us write to a user unasked (WhatsApp's customer-service window: 24 h
 * after their last message). A channel adapter records each message the user sends, asks whether
 * the window is still open before it pushes, holds what it may not push yet, and hands it over
 * when the user writes again. All of it lives in the database, so every replica agrees.
 */
@Service
public class MessagingWindow {


    private final JdbcClient jdbc;
    private final Clock clock;
    private final WindowProperties properties;

    MessagingWindow(JdbcClient jdbc, Clock clock, WindowProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** The user wrote at {@code at}: the window is open again (a later notice is needed when it closes). */
    public void userWrote(ConversationKey key, Instant at) {
        int updated = jdbc.sql("""
                UPDATE window_contact SET last_inbound_at = CASE WHEN last_inbound_at > ? THEN last_inbound_at ELSE ? END,
                notice_sent_at = NULL WHERE channel = ? AND chat_id = ?""")
                .params(Timestamp.from(at), Timestamp.from(at), key.channel().name(), key.chatId()).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO window_contact (channel, chat_id, last_inbound_at) VALUES (?, ?, ?)")
                        .params(key.channel().name(), key.chatId(), Timestamp.from(at)).update();
            } catch (DuplicateKeyException e) {
                userWrote(key, at); // another replica inserted it first
            }
        }
    }

    /** When the user last wrote, if ever. */
    public Optional<Instant> lastUserMessage(ConversationKey key) {
        return jdbc.sql("SELECT last_inbound_at FROM window_contact WHERE channel = ? AND chat_id = ?")
                .params(key.channel().name(), key.chatId()).query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    /** Whether we may still push to the user, {@code length} after their last message. */
    public boolean isOpen(ConversationKey key, Duration length) {
        Instant now = clock.instant();
        return lastUserMessage(key).map(last -> last.plus(length).isAfter(now)).orElse(false);
    }

    /**
     * Claims the one notice ("you have a new message") for this closed window: true for exactly one
     * caller across all replicas until the user writes again.
     */
    public boolean claimNotice(ConversationKey key) {
        Timestamp now = Timestamp.from(clock.instant());
        int claimed = jdbc.sql("UPDATE window_contact SET notice_sent_at = ? WHERE channel = ? AND chat_id = ? AND notice_sent_at IS NULL")
                .params(now, key.channel().name(), key.chatId()).update();
        if (claimed == 1) {
            return true;
        }
        if (lastUserMessage(key).isPresent()) {
            return false;
        }
        try {
            jdbc.sql("INSERT INTO window_contact (channel, chat_id, last_inbound_at, notice_sent_at) VALUES (?, ?, ?, ?)")
                    .params(key.channel().name(), key.chatId(), Timestamp.from(Instant.EPOCH), now).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** A notice that could not be sent: the next message outside the window tries again. */
    public void releaseNotice(ConversationKey key) {
        jdbc.sql("UPDATE window_contact SET notice_sent_at = NULL WHERE channel = ? AND chat_id = ?")
                .params(key.channel().name(), key.chatId()).update();
    }

    /** Keeps a message until the user writes again. */
    public void hold(ConversationKey key, Language language, OutboundMessage message, Attachment media) {
        jdbc.sql("""
                INSERT INTO window_pending (channel, chat_id, language, text, buttons, media_kind, media_file, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(key.channel().name(), key.chatId(), language == null ? null : language.code(), message.text(),
                        StoredButtons.encode(message.buttons()), media == null ? null : media.type().name(),
                        media == null ? null : media.fileId(), Timestamp.from(clock.instant()))
                .update();
    }

    /** What waits for the user, oldest first; still kept until {@link #take}. */
    public List<HeldMessage> held(ConversationKey key) {
        return jdbc.sql("SELECT * FROM window_pending WHERE channel = ? AND chat_id = ? ORDER BY id")
                .params(key.channel().name(), key.chatId()).query(MessagingWindow::map).list();
    }

    /** Takes a held message for sending: true for exactly one caller, on any replica. */
    public boolean take(HeldMessage message) {
        return jdbc.sql("DELETE FROM window_pending WHERE id = ?").param(message.id()).update() == 1;
    }

    @EventListener
    void forget(UserForgotten event) {
        jdbc.sql("DELETE FROM window_pending WHERE channel = ? AND chat_id = ?")
                .params(event.key().channel().name(), event.key().chatId()).update();
        jdbc.sql("DELETE FROM window_contact WHERE channel = ? AND chat_id = ?")
                .params(event.key().channel().name(), event.key().chatId()).update();
    }

    /**
     * Held messages of a user who never came back, and when a user quiet that long last wrote (a
     * phone number with a time), are not kept for ever.
     */
    @Scheduled(cron = "${wegwijs.window.purge-cron:0 23 * * * *}")
    int purge() {
        Timestamp before = Timestamp.from(clock.instant().minus(properties.keep()));
        int held = jdbc.sql("DELETE FROM window_pending WHERE created_at < ?").param(before).update();
        return held + jdbc.sql("DELETE FROM window_contact WHERE last_inbound_at < ?").param(before).update();
    }

    private static HeldMessage map(ResultSet rs, int row) throws SQLException {
        Attachment media = rs.getString("media_kind") == null ? null
                : new Attachment(Attachment.Type.valueOf(rs.getString("media_kind")), rs.getString("media_file"), "");
        return new HeldMessage(rs.getLong("id"), Language.fromCode(rs.getString("language")).orElse(null),
                new OutboundMessage(rs.getString("text"), StoredButtons.decode(rs.getString("buttons"))), media);
    }

}
