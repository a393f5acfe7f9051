package dev.livechat.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What is known of an attachment; its bytes are in an AttachmentStore under the same id. */
@Entity
@Table(name = "attachments")
class AttachmentEntity {
    @Id
    String id;

    String conversationId;
    long messageSeq;
    String filename;
    String contentType;
    long sizeBytes;
    String sha256;
    Instant uploadedAt;
    Instant erasedAt;
}
