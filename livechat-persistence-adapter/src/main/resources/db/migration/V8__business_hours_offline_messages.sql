-- Business hours and offline messages (docs/product-rules.md, "Business hours and offline
-- messages"). Standard SQL for H2 2.x and PostgreSQL 15+.
--
-- A channel's reception: its business hours as text (ReceptionText: the zone, the weekly openings,
-- the closed dates; null: always open), whether it turns visitors away while no operator is
-- available, and the address its offline messages are mailed to (null: none).
ALTER TABLE channels ADD COLUMN business_hours VARCHAR(8000);
ALTER TABLE channels ADD COLUMN closed_without_operators BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE channels ADD COLUMN email VARCHAR(254);

-- What visitors leave while a channel is closed, and the outbox of their mails to the channel's
-- address (as transcript_requests: claimed_until is the lease of the worker sending it). The
-- handling (handled_*) and the mail (mail_* and the rest) are updated apart.
CREATE TABLE offline_messages (
    id              VARCHAR(64)      NOT NULL,
    channel_id      VARCHAR(64)      NOT NULL,
    name            VARCHAR(100)     NOT NULL,
    email           VARCHAR(254)     NOT NULL,
    message         VARCHAR(5000)    NOT NULL,
    received_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    handled_by      VARCHAR(64),
    handled_by_name VARCHAR(200),
    handled_at      TIMESTAMP(6) WITH TIME ZONE,
    mail_state      VARCHAR(16)      NOT NULL,
    mail_to         VARCHAR(254),
    attempts        INTEGER          NOT NULL,
    next_attempt_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(2000),
    sent_at         TIMESTAMP(6) WITH TIME ZONE,
    claimed_until   TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT offline_messages_pk PRIMARY KEY (id),
    CONSTRAINT offline_messages_channel FOREIGN KEY (channel_id) REFERENCES channels (id)
);
CREATE INDEX offline_messages_due ON offline_messages (mail_state, next_attempt_at);
CREATE INDEX offline_messages_received ON offline_messages (received_at);
