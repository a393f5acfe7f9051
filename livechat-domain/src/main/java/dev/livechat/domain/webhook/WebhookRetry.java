package dev.livechat.domain.webhook;

import dev.livechat.domain.error.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How a delivery is retried while its receiver does not acknowledge: exponential backoff from
 * {@code firstDelay}, doubled each time up to {@code maxDelay}, until {@code giveUpAfter} has
 * passed since the event was enqueued (24 h by default).
 */
public record WebhookRetry(Duration firstDelay, Duration maxDelay, Duration giveUpAfter) {
    public WebhookRetry {
        Require.that(!firstDelay.isNegative(), "firstDelay", "must not be negative");
        Require.that(maxDelay.compareTo(firstDelay) >= 0, "maxDelay", "must be at least firstDelay");
        Require.that(!giveUpAfter.isNegative() && !giveUpAfter.isZero(), "giveUpAfter", "must be positive");
    }

    public static WebhookRetry byDefault() {
        return new WebhookRetry(Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofHours(24));
    }

    /** When to try again after {@code attempts} failed tries, or empty when the window is over. */
    public Optional<Instant> nextTry(int attempts, Instant enqueuedAt, Instant now) {
        Duration delay = firstDelay;
        for (int i = 1; i < attempts && delay.compareTo(maxDelay) < 0; i++) delay = delay.multipliedBy(2);
        Instant next = now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
        return next.isAfter(enqueuedAt.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
    }
}
