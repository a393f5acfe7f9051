package dev.livechat.domain.service;

import dev.livechat.domain.attachment.Attachment;
import dev.livechat.domain.attachment.AttachmentId;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.error.DependencyUnavailableException;
import dev.livechat.domain.port.out.AttachmentStore;
import dev.livechat.domain.port.out.AttachmentsPort;
import java.io.InputStream;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The attachment ports of a {@code LiveChat} built without any: nothing is attached, and posting a
 * file is refused as a dependency unavailable rather than kept in memory.
 */
public final class Unattached {
    public static final AttachmentsPort ATTACHMENTS = new AttachmentsPort() {
        @Override
        public void add(Attachment attachment) {
            throw unavailable();
        }

        @Override
        public Optional<Attachment> find(AttachmentId id) {
            return Optional.empty();
        }

        @Override
        public List<Attachment> of(ConversationId conversation) {
            return List.of();
        }

        @Override
        public Set<AttachmentId> known(Collection<AttachmentId> ids) {
            return Set.of();
        }

        @Override
        public void markErased(AttachmentId id) {}
    };

    public static final AttachmentStore STORE = new AttachmentStore() {
        @Override
        public void put(AttachmentId id, InputStream content) {
            throw unavailable();
        }

        @Override
        public Optional<InputStream> open(AttachmentId id) {
            return Optional.empty();
        }

        @Override
        public void delete(AttachmentId id) {}

        @Override
        public void erase(AttachmentId id) {}

        @Override
        public List<AttachmentId> storedBefore(Instant cutoff, int max) {
            return List.of();
        }
    };

    private Unattached() {}

    private static DependencyUnavailableException unavailable() {
        return new DependencyUnavailableException("attachment store", new IllegalStateException("none is configured"));
    }
}
