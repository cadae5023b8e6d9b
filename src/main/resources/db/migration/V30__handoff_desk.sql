-- The intermediary's desk (issue 12). Portable SQL for H2 (PostgreSQL mode) and PostgreSQL.

-- Which message in an intermediary's chat belongs to which ticket, so a reply to it goes to that
-- parent. Removed with the ticket.
CREATE TABLE handoff_desk_message (
    chat_id          BIGINT      NOT NULL,
    message_id       BIGINT      NOT NULL,
    ticket_ref       VARCHAR(16) NOT NULL,
    PRIMARY KEY (chat_id, message_id)
);
CREATE INDEX handoff_desk_message_ticket ON handoff_desk_message (ticket_ref);

-- The ticket an intermediary chose to write to in her private chat; it stays chosen until she
-- chooses another, even when it closes (then the bot asks instead of guessing).
CREATE TABLE handoff_desk_selection (
    chat_id          BIGINT      NOT NULL PRIMARY KEY,
    ticket_ref       VARCHAR(16) NOT NULL
);

-- Media are relayed by Telegram's file id, never downloaded or stored; desk messages (to a given
-- chat or topic rather than to the ticket's claimant) wait in the same queue for retry.
ALTER TABLE handoff_outbox ADD COLUMN media_kind VARCHAR(16);
ALTER TABLE handoff_outbox ADD COLUMN media_file VARCHAR(300);
ALTER TABLE handoff_outbox ADD COLUMN desk_chat_id BIGINT;
ALTER TABLE handoff_outbox ADD COLUMN desk_thread_id BIGINT;

-- "That's not my question": the next line the parent writes becomes the ticket's topic.
ALTER TABLE handoff_ticket ADD COLUMN correcting BOOLEAN DEFAULT FALSE NOT NULL;
