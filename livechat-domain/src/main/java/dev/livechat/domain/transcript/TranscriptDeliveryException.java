package dev.livechat.domain.transcript;

/**
 * A mailer could not deliver a transcript. {@code permanent} failures (the server refused the
 * recipient) are not retried; temporary ones (server down, timeout) are, with backoff.
 */
public final class TranscriptDeliveryException extends Exception {
    private final boolean permanent;

    public TranscriptDeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
