package dev.livechat.domain.webhook;

import dev.livechat.domain.error.Require;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a delivery stands: its state, how many tries were made, when the next is due (while
 * PENDING; once DELIVERED or FAILED, when it ended: pruning counts from then), and what the last
 * try got back (the HTTP status, or why there was none).
 */
public record DeliveryProgress(
        DeliveryState state, int attempts, Instant nextAttemptAt, OptionalInt lastStatus, Optional<String> lastError) {
    static final int MAX_ERROR = 500;

    public DeliveryProgress {
        Require.present("state", state);
        Require.that(attempts >= 0, "attempts", "must not be negative");
        Require.present("nextAttemptAt", nextAttemptAt);
        Require.present("lastStatus", lastStatus);
        lastError = Require.present("lastError", lastError).map(DeliveryProgress::cut);
    }

    /** A new delivery, due at once. */
    public static DeliveryProgress due(Instant now) {
        return new DeliveryProgress(DeliveryState.PENDING, 0, now, OptionalInt.empty(), Optional.empty());
    }

    /** The receiver answered 2xx: done, whatever went wrong before. */
    DeliveryProgress acknowledged(int status, Instant now) {
        return new DeliveryProgress(
                DeliveryState.DELIVERED, attempts + 1, now, OptionalInt.of(status), Optional.empty());
    }

    /** The try failed: PENDING again with backoff, or FAILED once the retry window is over. */
    DeliveryProgress failed(SendResult result, WebhookRetry retry, Instant enqueuedAt, Instant now) {
        int tries = attempts + 1;
        Optional<Instant> next = retry.nextTry(tries, enqueuedAt, now);
        return new DeliveryProgress(
                next.isPresent() ? DeliveryState.PENDING : DeliveryState.FAILED,
                tries,
                next.orElse(now),
                result.status(),
                Optional.of(result.describe()));
    }

    private static String cut(String error) {
        return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "…";
    }
}
