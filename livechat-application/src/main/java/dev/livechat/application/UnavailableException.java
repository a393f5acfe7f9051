package dev.livechat.application;

/**
 * Something the service needs does not answer at start (the database): unlike a {@link
 * ConfigException} the value may be right, so the operator fixes the dependency or the variable.
 */
public final class UnavailableException extends RuntimeException {
    public UnavailableException(String variable, String problem, Throwable cause) {
        super(variable + ": " + problem, cause);
    }
}
