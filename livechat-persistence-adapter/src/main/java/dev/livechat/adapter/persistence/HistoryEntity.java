package dev.livechat.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of a conversation's history; {@code details} is its facts as JSON. Lines are keyed by the
 * conversation's number ({@code logKey}, as its messages are), not its text id: the table's one index
 * is {@code (log_key, position)}. The position alone is unique too (it comes from the event sequence).
 */
@Entity
@Table(name = "conversation_history")
class HistoryEntity {
    @Id
    long position;

    long logKey;
    Instant occurredAt;
    String type;
    String actorKind;
    String actorId;
    String actorName;
    String cause;
    String details;
}
