package nl.wegwijs.handoff;

import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who an intermediary is writing to in her private chat, in the database so every replica agrees:
 * which ticket each message the bot sent her belongs to (a reply to it goes to that parent), and
 * the ticket she chose, which stays chosen until she chooses another.
 */
@Repository
class DeskAddressing {

    private final JdbcClient jdbc;

    DeskAddressing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void remember(long chatId, long messageId, String ticketRef) {
        if (messageId <= 0) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO handoff_desk_message (chat_id, message_id, ticket_ref) VALUES (?, ?, ?)")
                    .params(chatId, messageId, ticketRef).update();
        } catch (DuplicateKeyException e) {
            // sent twice after a lost answer: the first record stands
        }
    }

    Optional<String> ticketOf(long chatId, long messageId) {
        return jdbc.sql("SELECT ticket_ref FROM handoff_desk_message WHERE chat_id = ? AND message_id = ?")
                .params(chatId, messageId).query(String.class).optional();
    }

    void select(long chatId, String ticketRef) {
        if (jdbc.sql("UPDATE handoff_desk_selection SET ticket_ref = ? WHERE chat_id = ?").params(ticketRef, chatId).update() == 0) {
            try {
                jdbc.sql("INSERT INTO handoff_desk_selection (chat_id, ticket_ref) VALUES (?, ?)").params(chatId, ticketRef).update();
            } catch (DuplicateKeyException e) {
                jdbc.sql("UPDATE handoff_desk_selection SET ticket_ref = ? WHERE chat_id = ?").params(ticketRef, chatId).update();
            }
        }
    }

    Optional<String> selected(long chatId) {
        return jdbc.sql("SELECT ticket_ref FROM handoff_desk_selection WHERE chat_id = ?").param(chatId).query(String.class).optional();
    }

    /** With the ticket, the record of its messages goes (the selection stays: it says "that one is gone"). */
    void forgetTicket(String ticketRef) {
        jdbc.sql("DELETE FROM handoff_desk_message WHERE ticket_ref = ?").param(ticketRef).update();
    }
}
