package dev.livechat.domain.service;

import dev.livechat.domain.error.ConcurrentUpdateException;
import java.util.function.Supplier;

/**
 * Optimistic locking plus one retry: a use case that lost a race to a concurrent save runs once
 * more on fresh state, so the loser gets the right domain answer ("Ana joined first") instead of
 * a bare conflict.
 */
final class Retry {
    private Retry() {}

    static <T> T onConflict(Supplier<T> work) {
        try {
            return work.get();
        } catch (ConcurrentUpdateException first) {
            return work.get();
        }
    }
}
