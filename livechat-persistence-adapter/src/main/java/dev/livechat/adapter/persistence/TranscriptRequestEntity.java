package dev.livechat.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A transcript request of the outbox; {@code claimedUntil} is the lease of the worker sending it. */
@Entity
@Table(name = "transcript_requests")
class TranscriptRequestEntity {
    @Id
    String id;

    String conversationId;
    String email;
    String idempotencyKey;
    String requestedBy;
    Instant requestedAt;
    String state;
    int attempts;
    Instant nextAttemptAt;
    String lastError;
    Instant sentAt;
    Instant claimedUntil;
    String requesterKind;
    String confirmationHash;
    Instant confirmationExpiresAt;
}
