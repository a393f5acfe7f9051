package dev.livechat.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One event of the stream (the outbox); {@code data} is the event's plain values as JSON. */
@Entity
@Table(name = "events")
class EventEntity {
    @Id
    long position;

    String conversationId;
    String channelId;
    long seq;
    String type;
    boolean visibleToVisitor;
    Instant occurredAt;
    /** What the columns and the messages table do not hold already (see {@link EventLog}). */
    String data;
    /** For {@code message.posted}: the message, kept once in the messages table. */
    Long messageSeq;
}
