package dev.livechat.domain.port.in;

/**
 * The visitor, or an operator taking part, posts a file: a message naming it, with the attachment.
 * Refused before a byte is stored when the caller may not post there or the conversation is closed;
 * refused while it is read when it is over the size limit, of a type not allowed, or not the type
 * it claims. Either both the message and the attachment are stored, or neither.
 */
public interface PostAttachmentUseCase {
    PostedAttachment postAttachment(PostAttachmentCommand command);

    /** The size limit, for an adapter to refuse a declared length over it before reading a byte. */
    long maxBytes();
}
