package dev.livechat.domain.port.out;

import dev.livechat.domain.attachment.AttachmentId;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where attachments' bytes live: files under a directory, the database, an object store (S3 and the
 * like). Only bytes by id: what they are, and which message carries them, is in
 * {@link AttachmentsPort}. An implementation fails with {@link java.io.UncheckedIOException} or
 * {@link dev.livechat.domain.error.DependencyUnavailableException} when it cannot do its part.
 *
 * <p>The bytes are put before the message that carries them is stored, and deleted again when that
 * fails; a process killed in between leaves bytes no attachment names, which
 * {@link #storedBefore} lets a sweeper find.
 */
public interface AttachmentStore {
    /**
     * Stores every byte of the content under the id, or nothing: a content that fails while it is
     * read (too large, the connection lost) leaves nothing behind, and its exception goes up as is.
     */
    void put(AttachmentId id, InputStream content);

    /** The bytes stored under the id, to read once and close; empty when there are none. */
    Optional<InputStream> open(AttachmentId id);

    /** Forgets the bytes under the id; nothing stored under it is no failure. */
    void delete(AttachmentId id);

    /**
     * Replaces the bytes under the id with {@link dev.livechat.domain.attachment.Erasure#content()}
     * ("[erased]"), for privacy erasure: the attachment stays listed, its content is gone.
     */
    void erase(AttachmentId id);

    /** At most {@code max} ids of bytes stored before the cutoff, oldest first where the store knows. */
    List<AttachmentId> storedBefore(Instant cutoff, int max);
}
