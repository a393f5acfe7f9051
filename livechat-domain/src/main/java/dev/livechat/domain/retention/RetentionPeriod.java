package dev.livechat.domain.retention;

import dev.livechat.domain.error.Require;
import java.time.Duration;
import java.time.Instant;

/**
 * How long the text of a closed conversation is kept: after this many days from its close, its
 * message bodies (and attachments) are erased; its facts (outcome, times, counts, tags) stay, so
 * reports do not change.
 */
public record RetentionPeriod(int days) {
    /** Far enough for {@code now.minus(period)} never to leave the instants the databases store. */
    public static final int MAX_DAYS = 36_500;

    public RetentionPeriod {
        Require.that(days >= 1 && days <= MAX_DAYS, "retentionDays", "must be 1–" + MAX_DAYS + ", was " + days);
    }

    /** Conversations closed before this instant are past the period. */
    public Instant cutoff(Instant now) {
        return now.minus(Duration.ofDays(days));
    }
}
