-- Ratings and the hand-on of unanswered conversations (docs/product-rules.md). Standard SQL for
-- H2 2.x and PostgreSQL 15+.
--
-- The visitor's rating lives on the conversation row: one per conversation by construction, read
-- by the panel with the rest, averaged by reports without a join.
ALTER TABLE conversations ADD COLUMN rating_score INTEGER;
ALTER TABLE conversations ADD COLUMN rating_comment VARCHAR(1000);
ALTER TABLE conversations ADD COLUMN rated_at TIMESTAMP(6) WITH TIME ZONE;

-- Since when the visitor waits for the first reply of the operator last handed the conversation
-- (null: not waiting), and whether that operator has answered. Conversations from before this
-- version wait for nobody until their visitor writes again.
ALTER TABLE conversations ADD COLUMN reply_awaited_since TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE conversations ADD COLUMN reply_answered BOOLEAN DEFAULT FALSE NOT NULL;
-- the hand-on worker: a channel's waiting visitors, longest first
CREATE INDEX conversations_reply_awaited ON conversations (channel_id, reply_awaited_since);

-- After how many seconds an unanswered visitor is handed on to another operator; null: off.
ALTER TABLE channels ADD COLUMN reassign_after_seconds INTEGER;
