package dev.livechat.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An offline message and its mail's outbox columns; {@code claimedUntil} is the lease of the worker sending it. */
@Entity
@Table(name = "offline_messages")
class OfflineMessageEntity {
    @Id
    String id;

    String channelId;
    String name;
    String email;
    String message;
    Instant receivedAt;
    String handledBy;
    String handledByName;
    Instant handledAt;
    String mailState;
    String mailTo;
    int attempts;
    Instant nextAttemptAt;
    String lastError;
    Instant sentAt;
    Instant claimedUntil;
}
