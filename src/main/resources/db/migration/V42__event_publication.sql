-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc 2.1.1),
-- one script for H2 (PostgreSQL mode) and PostgreSQL. An event between modules (UserForgotten,
-- HandoffEvent) is a row here, written in the transaction of the turn that published it, one row
-- per listener; the row is deleted once its listener has finished (completion mode "delete"), so a
-- deletion a parent asked for (/vergeet) survives a full queue, a crash and a restart.
-- serialized_event is VARCHAR, not TEXT: H2 cannot compare or index a CLOB, and the events that
-- go through here are small records (a conversation key, enums, a timestamp).
CREATE TABLE event_publication (
    id                     UUID          NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       VARCHAR(4000) NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 VARCHAR(20),
    completion_attempts    INTEGER,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);

CREATE INDEX event_publication_by_completion_date ON event_publication (completion_date);
CREATE INDEX event_publication_by_status ON event_publication (status, publication_date);
