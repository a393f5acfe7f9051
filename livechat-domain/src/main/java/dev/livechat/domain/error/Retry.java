package dev.livechat.domain.error;

import java.util.function.Supplier;

/**
 * Optimistic locking plus one retry, the one retry of the code base: a use case that lost a race to
 * a concurrent save runs once more on fresh state, so the loser gets the right domain answer ("Ana
 * joined first") instead of a bare conflict; a storage adapter's idempotent write (an upsert, a
 * find-or-create) that lost a race on a key runs once more and then finds the row. Only the
 * outermost unit of work retries: inside one, a failed statement has spoiled the transaction.
 */
public final class Retry {
    private Retry() {}

    public static <T> T onConflict(Supplier<T> work) {
        try {
            return work.get();
        } catch (ConcurrentUpdateException first) {
            return work.get();
        }
    }
}
