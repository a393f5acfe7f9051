-- Export and retention (docs/product-rules.md, "Export" and "Retention"). Standard SQL for H2 2.x
-- and PostgreSQL 15+.
--
-- The export reads every conversation of a range by keyset, (started_ms, id) after the last row
-- of the previous page: this index makes each page a short range scan, so the millionth row costs
-- what the first does.
CREATE INDEX conversations_started ON conversations (started_ms, id);

-- When the retention period erased the conversation's text (null: not yet). Setting it is also how
-- one instance claims a conversation: the update that finds it still null does the erasing.
ALTER TABLE conversations ADD COLUMN text_erased_at TIMESTAMP(6) WITH TIME ZONE;
-- the conversations left to erase, oldest close first; erased ones fall out of the searched range
CREATE INDEX conversations_retention ON conversations (text_erased_at, closed_ms);
