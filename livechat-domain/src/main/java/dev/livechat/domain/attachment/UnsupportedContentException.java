package dev.livechat.domain.attachment;

import dev.livechat.domain.error.LiveChatException;

/** An attachment of a type not allowed, or not the type it claims; {@link #field()} names the input at fault. */
public final class UnsupportedContentException extends LiveChatException {
    private final String field;

    public UnsupportedContentException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
