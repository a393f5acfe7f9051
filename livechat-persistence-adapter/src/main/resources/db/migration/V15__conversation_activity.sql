-- The counters and times that every message, receipt and reply moves, in a narrow row of their own
-- (docs/durability.md, "The conversation's moving counters in a row of their own"). Standard SQL
-- for H2 2.x and PostgreSQL 15+.
--
-- A message post changed a handful of columns of the conversation's row, but both databases write
-- rows whole: H2 rewrites the page of up to 48 rows the row is in (~1 KB each, names, JSON, the
-- assignment trace), PostgreSQL writes a new version of the whole row. Writes spread over
-- conversations stored among thousands of others paid for a page of their own each. A post now
-- updates only this row; the version every save checks and moves lives here, so a write that
-- changes the conversation's row too still takes this one.
CREATE TABLE conversation_activity (
    conversation_id                VARCHAR(64)       NOT NULL,
    last_seq                       BIGINT            NOT NULL,
    visitor_messages               INTEGER           NOT NULL,
    visitor_messages_with_operator INTEGER           NOT NULL,
    operator_messages              INTEGER           NOT NULL,
    last_message_at                TIMESTAMP(6) WITH TIME ZONE,
    first_operator_reply_at        TIMESTAMP(6) WITH TIME ZONE,
    first_reply_ms                 BIGINT,
    visitor_seen_seq               BIGINT            NOT NULL,
    operator_seen_seq              BIGINT            NOT NULL,
    last_activity_at               TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_event_seq                 BIGINT            NOT NULL,
    reply_awaited_since            TIMESTAMP(6) WITH TIME ZONE,
    reply_answered                 BOOLEAN           NOT NULL,
    version                        BIGINT            NOT NULL,
    CONSTRAINT conversation_activity_pk PRIMARY KEY (conversation_id)
);

INSERT INTO conversation_activity (conversation_id, last_seq, visitor_messages, visitor_messages_with_operator,
        operator_messages, last_message_at, first_operator_reply_at, first_reply_ms, visitor_seen_seq,
        operator_seen_seq, last_activity_at, last_event_seq, reply_awaited_since, reply_answered, version)
    SELECT id, last_seq, visitor_messages, visitor_messages_with_operator, operator_messages, last_message_at,
        first_operator_reply_at, first_reply_ms, visitor_seen_seq, operator_seen_seq, last_activity_at,
        last_event_seq, reply_awaited_since, reply_answered, version
    FROM conversations;

ALTER TABLE conversations DROP COLUMN last_seq;
ALTER TABLE conversations DROP COLUMN visitor_messages;
ALTER TABLE conversations DROP COLUMN visitor_messages_with_operator;
ALTER TABLE conversations DROP COLUMN operator_messages;
ALTER TABLE conversations DROP COLUMN last_message_at;
ALTER TABLE conversations DROP COLUMN first_operator_reply_at;
ALTER TABLE conversations DROP COLUMN first_reply_ms;
ALTER TABLE conversations DROP COLUMN visitor_seen_seq;
ALTER TABLE conversations DROP COLUMN operator_seen_seq;
ALTER TABLE conversations DROP COLUMN last_activity_at;
ALTER TABLE conversations DROP COLUMN last_event_seq;
ALTER TABLE conversations DROP COLUMN reply_awaited_since;
ALTER TABLE conversations DROP COLUMN reply_answered;
ALTER TABLE conversations DROP COLUMN version;
