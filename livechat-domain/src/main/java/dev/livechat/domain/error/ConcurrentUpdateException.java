package dev.livechat.domain.error;

/**
 * Someone else saved the aggregate since it was loaded (optimistic locking). Services retry the
 * use case once on it, so that a lost race turns into the right domain answer.
 */
public final class ConcurrentUpdateException extends LiveChatException {
    public ConcurrentUpdateException(String aggregate, Object id, long expectedVersion) {
        super(aggregate + " " + id + " was changed by someone else (expected version " + expectedVersion + ")");
    }
}
