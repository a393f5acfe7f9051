-- The live chat schema. One script for H2 2.x (default mode) and PostgreSQL 15+: standard types
-- only, no vendor functions. ${prefixOps} is a Flyway placeholder: "varchar_pattern_ops" on
-- PostgreSQL (so that LIKE 'abc%' can use the index whatever the database's collation), empty on H2.
--
-- Times are TIMESTAMP WITH TIME ZONE (microseconds). Reports also need portable arithmetic on
-- times, so conversations carry the same instants as epoch milliseconds (*_ms) and the UTC day.
-- JSON text columns hold what is read whole and never queried (history, chatbot answers, the
-- assignment trace) and the aggregate's own copy of its participants, tags and expertise; the
-- conversation_* tables repeat those three, row by row, for the queries that need them.

CREATE TABLE conversations (
    id                             VARCHAR(64)       NOT NULL,
    channel_id                     VARCHAR(64)       NOT NULL,
    visitor_name                   VARCHAR(100)      NOT NULL,
    visitor_email                  VARCHAR(254),
    visitor_time_zone              VARCHAR(64),
    contact_id                     VARCHAR(64),
    visitor_key                    VARCHAR(64),
    visitor_language               VARCHAR(35),
    visitor_country                VARCHAR(2),
    chatbot_answers                VARCHAR(1000000)  NOT NULL,
    expertise                      VARCHAR(1000000)  NOT NULL,
    tags                           VARCHAR(1000000)  NOT NULL,
    note_text                      VARCHAR(10000),
    note_edited_by                 VARCHAR(64),
    note_editor_name               VARCHAR(100),
    note_edited_at                 TIMESTAMP(6) WITH TIME ZONE,
    started_at                     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status                         VARCHAR(32),
    status_since                   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    help_requested_at              TIMESTAMP(6) WITH TIME ZONE,
    closed                         BOOLEAN           NOT NULL,
    closed_at                      TIMESTAMP(6) WITH TIME ZONE,
    outcome                        VARCHAR(32),
    close_cause                    VARCHAR(32),
    participants                   VARCHAR(1000000)  NOT NULL,
    assigned_operator_id           VARCHAR(64),
    assignment_rule                VARCHAR(32)       NOT NULL,
    assignment_trace               VARCHAR(1000000)  NOT NULL,
    last_seq                       BIGINT            NOT NULL,
    visitor_messages               INTEGER           NOT NULL,
    visitor_messages_with_operator INTEGER           NOT NULL,
    operator_messages              INTEGER           NOT NULL,
    last_message_at                TIMESTAMP(6) WITH TIME ZONE,
    first_operator_reply_at        TIMESTAMP(6) WITH TIME ZONE,
    last_activity_at               TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    history                        VARCHAR(1000000)  NOT NULL,
    last_event_seq                 BIGINT            NOT NULL,
    started_ms                     BIGINT            NOT NULL,
    closed_ms                      BIGINT,
    first_reply_ms                 BIGINT,
    started_day                    VARCHAR(10)       NOT NULL,
    version                        BIGINT            NOT NULL,
    CONSTRAINT conversations_pk PRIMARY KEY (id)
);
-- the Looking for help queue: status, then oldest request first
CREATE INDEX conversations_help_queue ON conversations (status, help_requested_at);
-- a channel's open (or closed) conversations, newest start first
CREATE INDEX conversations_channel ON conversations (channel_id, closed, started_at);
-- recent conversations of a contact, or of a returning guest's browser
CREATE INDEX conversations_contact ON conversations (contact_id, started_at);
CREATE INDEX conversations_visitor_key ON conversations (visitor_key, started_at);
-- reports (closed ones started in a range), waiting conversations (open ones by start)
CREATE INDEX conversations_closed_started ON conversations (closed, started_at);
-- the inactivity closer
CREATE INDEX conversations_closed_activity ON conversations (closed, last_activity_at);

CREATE TABLE conversation_participants (
    conversation_id VARCHAR(64)  NOT NULL,
    idx             INTEGER      NOT NULL,
    user_id         VARCHAR(64)  NOT NULL,
    name            VARCHAR(100) NOT NULL,
    entry           VARCHAR(16)  NOT NULL,
    since           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    left_at         TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT conversation_participants_pk PRIMARY KEY (conversation_id, idx),
    CONSTRAINT conversation_participants_conversation FOREIGN KEY (conversation_id) REFERENCES conversations (id)
);
-- an operator's ongoing sessions (present: left_at null), and its last assignment
CREATE INDEX participants_ongoing ON conversation_participants (user_id, left_at, conversation_id);
CREATE INDEX participants_assigned ON conversation_participants (user_id, entry, since);

CREATE TABLE conversation_tags (
    conversation_id VARCHAR(64) NOT NULL,
    name_key        VARCHAR(50) NOT NULL,
    name            VARCHAR(50) NOT NULL,
    CONSTRAINT conversation_tags_pk PRIMARY KEY (conversation_id, name_key),
    CONSTRAINT conversation_tags_conversation FOREIGN KEY (conversation_id) REFERENCES conversations (id)
);
CREATE INDEX conversation_tags_name ON conversation_tags (name_key);

CREATE TABLE conversation_expertise (
    conversation_id VARCHAR(64) NOT NULL,
    name_key        VARCHAR(50) NOT NULL,
    name            VARCHAR(50) NOT NULL,
    CONSTRAINT conversation_expertise_pk PRIMARY KEY (conversation_id, name_key),
    CONSTRAINT conversation_expertise_conversation FOREIGN KEY (conversation_id) REFERENCES conversations (id)
);
CREATE INDEX conversation_expertise_name ON conversation_expertise (name_key);

-- the append-only message log
CREATE TABLE messages (
    conversation_id VARCHAR(64)    NOT NULL,
    seq             BIGINT         NOT NULL,
    author_kind     VARCHAR(16)    NOT NULL,
    author_id       VARCHAR(64),
    author_name     VARCHAR(100)   NOT NULL,
    body            VARCHAR(10000) NOT NULL,
    sent_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT messages_pk PRIMARY KEY (conversation_id, seq),
    CONSTRAINT messages_conversation FOREIGN KEY (conversation_id) REFERENCES conversations (id)
);

-- the outbox / event stream. Positions come from counters('events'), taken under its row lock in
-- the saving transaction: gap-free, and committed in position order, so a subscriber that resumes
-- after position N never misses an event that commits later with a smaller one.
CREATE TABLE events (
    position           BIGINT           NOT NULL,
    conversation_id    VARCHAR(64)      NOT NULL,
    channel_id         VARCHAR(64)      NOT NULL,
    seq                BIGINT           NOT NULL,
    type               VARCHAR(64)      NOT NULL,
    visible_to_visitor BOOLEAN          NOT NULL,
    occurred_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    data               VARCHAR(1000000) NOT NULL,
    CONSTRAINT events_pk PRIMARY KEY (position),
    CONSTRAINT events_conversation_seq UNIQUE (conversation_id, seq)
);

CREATE TABLE counters (
    name          VARCHAR(32) NOT NULL,
    current_value BIGINT      NOT NULL,
    CONSTRAINT counters_pk PRIMARY KEY (name)
);
INSERT INTO counters (name, current_value) VALUES ('events', 0);
INSERT INTO counters (name, current_value) VALUES ('ticket_writes', 0);

CREATE TABLE operators (
    id            VARCHAR(64)      NOT NULL,
    name          VARCHAR(100)     NOT NULL,
    email         VARCHAR(254)     NOT NULL,
    role          VARCHAR(32)      NOT NULL,
    presence      VARCHAR(16)      NOT NULL,
    main_language VARCHAR(35)      NOT NULL,
    languages     VARCHAR(1000000) NOT NULL,
    country       VARCHAR(2),
    expertise     VARCHAR(1000000) NOT NULL,
    channels      VARCHAR(1000000) NOT NULL,
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT operators_pk PRIMARY KEY (id)
);
CREATE INDEX operators_role ON operators (role);

-- channel membership, row by row, for the candidates query (operators.channels is the user's copy)
CREATE TABLE operator_channels (
    operator_id VARCHAR(64) NOT NULL,
    channel_id  VARCHAR(64) NOT NULL,
    CONSTRAINT operator_channels_pk PRIMARY KEY (operator_id, channel_id),
    CONSTRAINT operator_channels_operator FOREIGN KEY (operator_id) REFERENCES operators (id)
);
CREATE INDEX operator_channels_channel ON operator_channels (channel_id, operator_id);

-- token hashes only (SHA-256, hex); tokens themselves are never stored
CREATE TABLE user_tokens (
    token_hash VARCHAR(64) NOT NULL,
    user_id    VARCHAR(64) NOT NULL,
    CONSTRAINT user_tokens_pk PRIMARY KEY (token_hash),
    CONSTRAINT user_tokens_user UNIQUE (user_id)
);

CREATE TABLE visitor_tokens (
    token_hash      VARCHAR(64) NOT NULL,
    conversation_id VARCHAR(64) NOT NULL,
    CONSTRAINT visitor_tokens_pk PRIMARY KEY (token_hash)
);

CREATE TABLE channels (
    id           VARCHAR(64)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    max_sessions INTEGER,
    CONSTRAINT channels_pk PRIMARY KEY (id)
);

-- name_key is the lower-case name (TagName.key()): names are unique case-insensitively
CREATE TABLE tags (
    name_key VARCHAR(50) NOT NULL,
    name     VARCHAR(50) NOT NULL,
    colour   VARCHAR(7)  NOT NULL,
    CONSTRAINT tags_pk PRIMARY KEY (name_key)
);
CREATE INDEX tags_name_prefix ON tags (name_key ${prefixOps});

CREATE TABLE expertise (
    name_key VARCHAR(50) NOT NULL,
    name     VARCHAR(50) NOT NULL,
    CONSTRAINT expertise_pk PRIMARY KEY (name_key)
);

CREATE TABLE contacts (
    id    VARCHAR(64)      NOT NULL,
    name  VARCHAR(200)     NOT NULL,
    email VARCHAR(254),
    phone VARCHAR(50),
    links VARCHAR(1000000) NOT NULL,
    CONSTRAINT contacts_pk PRIMARY KEY (id)
);

-- write_no orders a contact's tickets, the last inserted or updated first
CREATE TABLE tickets (
    id         VARCHAR(64)   NOT NULL,
    contact_id VARCHAR(64)   NOT NULL,
    reference  VARCHAR(50)   NOT NULL,
    title      VARCHAR(200)  NOT NULL,
    status     VARCHAR(16)   NOT NULL,
    url        VARCHAR(2000) NOT NULL,
    write_no   BIGINT        NOT NULL,
    CONSTRAINT tickets_pk PRIMARY KEY (id)
);
CREATE INDEX tickets_contact ON tickets (contact_id, status, write_no);

-- the transcript outbox; claimed_until is a worker's lease
CREATE TABLE transcript_requests (
    id              VARCHAR(64)      NOT NULL,
    conversation_id VARCHAR(64)      NOT NULL,
    email           VARCHAR(254)     NOT NULL,
    idempotency_key VARCHAR(200),
    requested_by    VARCHAR(200)     NOT NULL,
    requested_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    state           VARCHAR(16)      NOT NULL,
    attempts        INTEGER          NOT NULL,
    next_attempt_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(1000000),
    sent_at         TIMESTAMP(6) WITH TIME ZONE,
    claimed_until   TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT transcript_requests_pk PRIMARY KEY (id),
    CONSTRAINT transcript_requests_key UNIQUE (conversation_id, idempotency_key),
    CONSTRAINT transcript_requests_conversation FOREIGN KEY (conversation_id) REFERENCES conversations (id)
);
CREATE INDEX transcript_requests_due ON transcript_requests (state, next_attempt_at);
