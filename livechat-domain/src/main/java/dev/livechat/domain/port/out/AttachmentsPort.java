package dev.livechat.domain.port.out;

import dev.livechat.domain.attachment.Attachment;
import dev.livechat.domain.attachment.AttachmentId;
import dev.livechat.domain.conversation.ConversationId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What is known of each attachment (kept with the conversations, so that it is added in the unit of
 * work that stores its message); the bytes are in an {@link AttachmentStore}.
 */
public interface AttachmentsPort {
    void add(Attachment attachment);

    Optional<Attachment> find(AttachmentId id);

    /** The attachments of a conversation, in the order of their messages. */
    List<Attachment> of(ConversationId conversation);

    /** Which of the ids name an attachment (for a sweeper of bytes no attachment names). */
    Set<AttachmentId> known(Collection<AttachmentId> ids);

    /** Records that the attachment's bytes were replaced: as {@link Attachment#erased()} says. */
    void markErased(AttachmentId id);

    /**
     * For the retention period: at most {@code max} attachments not erased yet of conversations
     * closed before the cutoff. The default finds none, so that a store which cannot tell keeps its
     * attachments rather than failing the pass; the persistence adapter's finds them.
     */
    default List<Attachment> notErasedClosedBefore(Instant cutoff, int max) {
        return List.of();
    }
}
