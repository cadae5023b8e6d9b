-- The parent's last question (scrubbed) and its topic, kept briefly so a handoff requested on any
-- replica can show it in the consent text and the ticket. Deleted once older than
-- wegwijs.handoff.recent-question (default 30 minutes), on /vergeet, and with the conversation.
CREATE TABLE handoff_recent_question (
    channel   VARCHAR(16)   NOT NULL,
    chat_id   VARCHAR(64)   NOT NULL,
    question  VARCHAR(4000) NOT NULL,
    topic     VARCHAR(100),
    asked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (channel, chat_id)
);

CREATE INDEX handoff_recent_question_asked ON handoff_recent_question (asked_at);
