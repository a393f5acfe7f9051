package dev.livechat.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a conversation's history; {@code details} is its facts as JSON. */
@Entity
@Table(name = "conversation_history")
class HistoryEntity {
    @Id
    long position;

    String conversationId;
    Instant occurredAt;
    String type;
    String actorKind;
    String actorId;
    String actorName;
    String cause;
    String details;
}
