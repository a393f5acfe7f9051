package dev.livechat.domain.transcript;

import dev.livechat.domain.error.Require;
import java.time.Duration;
import java.util.Optional;

/**
 * How often and how long to retry a transcript while the mail server is down: exponential backoff
 * from {@code firstDelay}, doubled each time up to {@code maxDelay}, for {@code maxAttempts} tries.
 */
public record RetrySchedule(int maxAttempts, Duration firstDelay, Duration maxDelay) {
    public RetrySchedule {
        Require.that(maxAttempts >= 1, "maxAttempts", "must be at least 1");
        Require.that(!firstDelay.isNegative(), "firstDelay", "must not be negative");
        Require.that(maxDelay.compareTo(firstDelay) >= 0, "maxDelay", "must be at least firstDelay");
    }

    public static RetrySchedule byDefault() {
        return new RetrySchedule(8, Duration.ofSeconds(5), Duration.ofMinutes(10));
    }

    /** The wait before the next try after {@code attemptsSoFar} failed tries, or empty when none is left. */
    public Optional<Duration> delayAfter(int attemptsSoFar) {
        if (attemptsSoFar >= maxAttempts) return Optional.empty();
        Duration delay = firstDelay;
        for (int i = 1; i < attemptsSoFar && delay.compareTo(maxDelay) < 0; i++) delay = delay.multipliedBy(2);
        return Optional.of(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }
}
