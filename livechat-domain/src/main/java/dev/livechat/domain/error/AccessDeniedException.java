package dev.livechat.domain.error;

/** The caller is known but may not do this (SPEC.md, "Permissions"). */
public final class AccessDeniedException extends LiveChatException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
