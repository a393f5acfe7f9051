-- Attachments (docs/rest-api.md, "Attachments"). Standard SQL for H2 2.x and PostgreSQL 15+.
--
-- What is known of each file posted in a conversation; the bytes are elsewhere (an AttachmentStore:
-- files under LIVECHAT_ATTACHMENTS_DIR by default), under the same id. A row is inserted in the
-- transaction that stores the message carrying the file (message_seq), so there is never a row
-- without its message. content_type is what the bytes were sniffed as, never what the sender said;
-- sha256 is the hex digest of the bytes; erased_at is set when privacy erasure replaced them.
CREATE TABLE attachments (
    id              VARCHAR(64)  NOT NULL,
    conversation_id VARCHAR(64)  NOT NULL,
    message_seq     BIGINT       NOT NULL,
    filename        VARCHAR(255) NOT NULL,
    content_type    VARCHAR(64)  NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    sha256          VARCHAR(64)  NOT NULL,
    uploaded_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    erased_at       TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT attachments_pk PRIMARY KEY (id),
    CONSTRAINT attachments_conversation FOREIGN KEY (conversation_id) REFERENCES conversations (id)
);
-- a conversation's files, in the order of their messages
CREATE INDEX attachments_of_conversation ON attachments (conversation_id, message_seq);
