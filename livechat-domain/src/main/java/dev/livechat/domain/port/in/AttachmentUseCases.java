package dev.livechat.domain.port.in;

/**
 * Everything about files in conversations, from one place: posting, reading, privacy erasure (no
 * HTTP route calls it yet: a manager or the service itself may), and the sweeper of orphan bytes.
 */
public interface AttachmentUseCases
        extends PostAttachmentUseCase, ReadAttachmentsUseCase, EraseAttachmentUseCase, SweepAttachmentsUseCase {}
