-- Canned responses and read receipts (docs/rest-api.md, "Canned responses", "Typing and seen").
-- Standard SQL for H2 2.x and PostgreSQL 15+.
--
-- A canned response is keyed by its shortcut in lower case (shortcuts are compared
-- case-insensitively); the spelling last written is kept for display. The body is a message
-- template, so it has a message's limit.
CREATE TABLE canned_responses (
    shortcut_key   VARCHAR(32)    NOT NULL,
    shortcut       VARCHAR(32)    NOT NULL,
    body           VARCHAR(10000) NOT NULL,
    CONSTRAINT canned_responses_pk PRIMARY KEY (shortcut_key)
);

-- How far each side of a conversation has read its messages (a message seq; 0: nothing yet).
-- Written with the conversation's other columns, under its lock; never goes back.
ALTER TABLE conversations ADD COLUMN visitor_seen_seq BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE conversations ADD COLUMN operator_seen_seq BIGINT DEFAULT 0 NOT NULL;
