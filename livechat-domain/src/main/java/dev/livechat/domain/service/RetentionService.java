package dev.livechat.domain.service;

import dev.livechat.domain.attachment.Attachment;
import dev.livechat.domain.port.in.ApplyRetentionUseCase;
import dev.livechat.domain.port.out.AttachmentStore;
import dev.livechat.domain.port.out.AttachmentsPort;
import dev.livechat.domain.port.out.RetentionPort;
import dev.livechat.domain.retention.RetentionPeriod;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Applies the retention period: batch after batch, each its own short transaction, so that the
 * pass never holds many rows locked and a restart (or another instance) carries on where it
 * stopped. The cutoff is taken once per pass: conversations that pass it meanwhile wait for the next.
 * Attachments are erased apart from the text, each marked once its bytes are replaced: a pass cut
 * short (a crash, a store down) leaves them unmarked, and the next pass finds them again.
 */
public final class RetentionService implements ApplyRetentionUseCase {
    /** Conversations per transaction. */
    public static final int BATCH = 200;

    private final RetentionPort storage;
    private final RetentionPeriod period;
    private final Clock clock;
    private final int batch;
    private final AttachmentsPort attachments;
    private final AttachmentStore bytes;

    public RetentionService(RetentionPort storage, RetentionPeriod period, Clock clock) {
        this(storage, period, clock, BATCH);
    }

    public RetentionService(RetentionPort storage, RetentionPeriod period, Clock clock, int batch) {
        this(storage, period, clock, batch, Unattached.ATTACHMENTS, Unattached.STORE);
    }

    /** With the attachments to erase too: what is known of them, and where their bytes are. */
    public RetentionService(
            RetentionPort storage,
            RetentionPeriod period,
            Clock clock,
            int batch,
            AttachmentsPort attachments,
            AttachmentStore bytes) {
        this.attachments = Objects.requireNonNull(attachments, "attachments");
        this.bytes = Objects.requireNonNull(bytes, "bytes");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.period = Objects.requireNonNull(period, "period");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (batch < 1) throw new IllegalArgumentException("batch must be at least 1, was " + batch);
        this.batch = batch;
    }

    @Override
    public long applyRetention() {
        Instant now = clock.instant();
        Instant cutoff = period.cutoff(now);
        long erased = 0;
        int last;
        do {
            last = storage.eraseConversationsClosedBefore(cutoff, now, batch);
            erased += last;
        } while (last == batch);
        eraseAttachments(cutoff);
        return erased;
    }

    private void eraseAttachments(Instant cutoff) {
        if (attachments == Unattached.ATTACHMENTS) return;
        List<Attachment> due;
        do {
            due = attachments.notErasedClosedBefore(cutoff, batch);
            for (Attachment a : due) {
                bytes.erase(a.id()); // replacing bytes twice (another instance) leaves them erased alike
                attachments.markErased(a.id());
            }
        } while (due.size() == batch);
    }
}
