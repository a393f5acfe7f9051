-- Mail, identity and origins (docs/reliability.md). Standard SQL for H2 2.x and PostgreSQL 15+.
--
-- A visitor's transcript request to an address it has not proven waits for a one-time link: the
-- SHA-256 of its token (never the token) and its expiry. requester_kind tells visitors' requests,
-- which are limited per conversation, from users'; rows from before this version were users'
-- as far as limits go.
-- 'AWAITING_CONFIRMATION' is 21 characters
ALTER TABLE transcript_requests ALTER COLUMN state SET DATA TYPE VARCHAR(32);
ALTER TABLE transcript_requests ADD COLUMN requester_kind VARCHAR(16) DEFAULT 'USER' NOT NULL;
ALTER TABLE transcript_requests ADD COLUMN confirmation_hash VARCHAR(64);
ALTER TABLE transcript_requests ADD COLUMN confirmation_expires_at TIMESTAMP(6) WITH TIME ZONE;
-- several NULLs are allowed by a UNIQUE index on both databases
CREATE UNIQUE INDEX transcript_requests_confirmation ON transcript_requests (confirmation_hash);
-- confirmation mails per address in the last hour: few rows per address, read by time
CREATE INDEX transcript_requests_requested_at ON transcript_requests (requested_at);

-- The web origins a channel's widget may call the visitor endpoints from (space-separated, none
-- by default), and its identity secret: kept as is, because HMAC verification needs the secret
-- itself (a hash of it could not verify anything).
ALTER TABLE channels ADD COLUMN allowed_origins VARCHAR(10200);
ALTER TABLE channels ADD COLUMN identity_secret VARCHAR(128);
