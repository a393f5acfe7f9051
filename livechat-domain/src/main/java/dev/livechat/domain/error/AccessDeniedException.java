package dev.livechat.domain.error;

/** The caller is known but may not do this (docs/product-rules.md, "Permissions"). */
public final class AccessDeniedException extends LiveChatException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
