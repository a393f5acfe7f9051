package dev.livechat.domain.attachment;

import dev.livechat.domain.error.LiveChatException;

/** An attachment over {@link AttachmentRules#maxBytes()}: refused as soon as the byte past it arrives. */
public final class ContentTooLargeException extends LiveChatException {
    private final long limit;

    public ContentTooLargeException(long limit) {
        super("file: the attachment is over the limit of " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
