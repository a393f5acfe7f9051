package dev.livechat.domain.error;

/** A dependency (the database, the mail server) is down; nothing was half-done. */
public final class DependencyUnavailableException extends LiveChatException {
    private final String dependency;

    public DependencyUnavailableException(String dependency, Throwable cause) {
        super(dependency + " is unavailable: " + (cause == null ? "unknown cause" : cause.getMessage()), cause);
        this.dependency = dependency;
    }

    public String dependency() {
        return dependency;
    }
}
