package dev.livechat.domain.error;

/**
 * Root of every expected refusal the domain raises. Adapters map each subtype once (for example
 * to an HTTP status); the message always names what was refused, which id, and which state
 * forbade it.
 */
public abstract class LiveChatException extends RuntimeException {
    protected LiveChatException(String message) {
        super(message);
    }

    protected LiveChatException(String message, Throwable cause) {
        super(message, cause);
    }
}
