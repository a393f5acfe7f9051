package dev.livechat.adapter.persistence;

import dev.livechat.domain.attachment.Attachment;
import dev.livechat.domain.attachment.AttachmentId;
import dev.livechat.domain.attachment.ContentType;
import dev.livechat.domain.attachment.FileName;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.port.out.AttachmentsPort;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What is known of attachments, in the database: {@link #add} joins the unit of work that stores
 * the message carrying the file, so both commit or neither does.
 */
public final class JpaAttachments implements AttachmentsPort {
    private final Database db;
    /** When an erasure happened is a fact of the row only, not of the domain. */
    private final Clock clock;

    JpaAttachments(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void add(Attachment attachment) {
        db.transaction(s -> {
            s.insert(toEntity(attachment));
            return null;
        });
    }

    @Override
    public Optional<Attachment> find(AttachmentId id) {
        return db.transaction(s ->
                Optional.ofNullable(s.get(AttachmentEntity.class, id.value())).map(JpaAttachments::toAttachment));
    }

    @Override
    public List<Attachment> of(ConversationId conversation) {
        return db.transaction(s -> s
                .createSelectionQuery(
                        "from AttachmentEntity a where a.conversationId = :c order by a.messageSeq",
                        AttachmentEntity.class)
                .setParameter("c", conversation.value())
                .getResultList()
                .stream()
                .map(JpaAttachments::toAttachment)
                .toList());
    }

    @Override
    public List<Attachment> notErasedClosedBefore(Instant cutoff, int max) {
        return db.transaction(s -> s
                .createSelectionQuery(
                        "select a from AttachmentEntity a, ConversationEntity c where c.id = a.conversationId"
                                + " and a.erasedAt is null and c.closedMs < :cutoff order by a.id",
                        AttachmentEntity.class)
                .setParameter("cutoff", cutoff.toEpochMilli())
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(JpaAttachments::toAttachment)
                .toList());
    }

    @Override
    public Set<AttachmentId> known(Collection<AttachmentId> ids) {
        if (ids.isEmpty()) return Set.of();
        List<String> values = ids.stream().map(AttachmentId::value).toList();
        return db.transaction(s -> s
                .createSelectionQuery("select a.id from AttachmentEntity a where a.id in :ids", String.class)
                .setParameterList("ids", values)
                .getResultList()
                .stream()
                .map(AttachmentId::of)
                .collect(Collectors.toSet()));
    }

    @Override
    public void markErased(AttachmentId id) {
        db.transaction(s -> {
            AttachmentEntity row = s.get(AttachmentEntity.class, id.value());
            if (row == null) return null;
            Attachment erased = toAttachment(row).erased();
            row.contentType = erased.type().mediaType();
            row.sizeBytes = erased.size();
            row.sha256 = erased.sha256();
            row.erasedAt = clock.instant();
            s.update(row);
            return null;
        });
    }

    private static AttachmentEntity toEntity(Attachment a) {
        AttachmentEntity e = new AttachmentEntity();
        e.id = a.id().value();
        e.conversationId = a.conversation().value();
        e.messageSeq = a.messageSeq();
        e.filename = a.name().value();
        e.contentType = a.type().mediaType();
        e.sizeBytes = a.size();
        e.sha256 = a.sha256();
        e.uploadedAt = a.uploadedAt();
        return e;
    }

    private static Attachment toAttachment(AttachmentEntity e) {
        return new Attachment(
                AttachmentId.of(e.id),
                ConversationId.of(e.conversationId),
                e.messageSeq,
                FileName.of(e.filename),
                ContentType.ofMediaType(e.contentType).orElse(ContentType.UNKNOWN),
                e.sizeBytes,
                e.sha256,
                e.uploadedAt);
    }
}
