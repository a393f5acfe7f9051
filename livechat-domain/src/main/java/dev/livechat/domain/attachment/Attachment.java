package dev.livechat.domain.attachment;

import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.error.Require;
import java.time.Instant;

/**
 * A file posted in a conversation, with the message that carries it ({@code messageSeq}): what it is
 * as sniffed, its size and the hex SHA-256 of its bytes. The bytes are in an
 * {@link dev.livechat.domain.port.out.AttachmentStore}.
 */
public record Attachment(
        AttachmentId id,
        ConversationId conversation,
        long messageSeq,
        FileName name,
        ContentType type,
        long size,
        String sha256,
        Instant uploadedAt) {
    public Attachment {
        Require.present("id", id);
        Require.present("conversation", conversation);
        Require.that(messageSeq >= 1, "messageSeq", "starts at 1");
        Require.present("name", name);
        Require.present("type", type);
        Require.that(size >= 0, "size", "must not be negative");
        Require.that(sha256 != null && sha256.matches("[0-9a-f]{64}"), "sha256", "must be 64 hex digits");
        Require.present("uploadedAt", uploadedAt);
    }

    /** The same attachment once its bytes are replaced by {@link Erasure#CONTENT}. */
    public Attachment erased() {
        return new Attachment(
                id,
                conversation,
                messageSeq,
                name,
                ContentType.TEXT,
                Erasure.CONTENT.length,
                Erasure.SHA256,
                uploadedAt);
    }
}
