-- Conversation state: no message text, only what the next answer needs (DESIGN.md, privacy).
CREATE TABLE conversation_state (
    channel         VARCHAR(16) NOT NULL,
    chat_id         VARCHAR(64) NOT NULL,
    language        VARCHAR(8),
    language_chosen BOOLEAN     NOT NULL DEFAULT FALSE,
    referral        VARCHAR(64),
    stage           VARCHAR(32) NOT NULL,
    ticket_ref      VARCHAR(64),
    last_activity   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (channel, chat_id)
);

CREATE INDEX conversation_state_last_activity ON conversation_state (last_activity);
