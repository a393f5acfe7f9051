-- A conversation's history, kept as long as the conversation (the events table is trimmed after the
-- event streams' resume window, LIVECHAT_EVENT_RETENTION). Each line is written in the transaction
-- of the change it records: the lines of events take the event's position, other lines (an erasure
-- of a person's data) a position of their own from the same sequence, so lines sort in the order
-- they were committed. actor_name is a user's or "System", never a visitor's (HistoryLines).
CREATE TABLE conversation_history (
    position        BIGINT           NOT NULL,
    conversation_id VARCHAR(64)      NOT NULL,
    occurred_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    type            VARCHAR(64)      NOT NULL,
    actor_kind      VARCHAR(16)      NOT NULL,
    actor_id        VARCHAR(64),
    actor_name      VARCHAR(100),
    cause           VARCHAR(200),
    details         VARCHAR(1000000) NOT NULL,
    CONSTRAINT conversation_history_pk PRIMARY KEY (position)
);
CREATE INDEX conversation_history_conversation ON conversation_history (conversation_id, position);
