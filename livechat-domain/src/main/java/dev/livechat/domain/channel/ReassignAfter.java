package dev.livechat.domain.channel;

import dev.livechat.domain.error.Require;
import java.time.Duration;
import java.util.Optional;

/**
 * How long a visitor may wait for the first reply of the operator handed the conversation before
 * it is handed on to another (docs/product-rules.md, "Unanswered conversations handed on"); off by
 * default. The bounds keep it meaningful: below 10 s an operator cannot even read the question,
 * beyond a day the visitor is long gone.
 */
public record ReassignAfter(Optional<Duration> timeout) {
    public static final long MIN_SECONDS = 10;
    public static final long MAX_SECONDS = 86_400;
    public static final ReassignAfter OFF = new ReassignAfter(Optional.empty());

    public ReassignAfter {
        Require.present("reassignAfterSeconds", timeout);
        timeout.ifPresent(t -> Require.that(
                t.getSeconds() >= MIN_SECONDS && t.getSeconds() <= MAX_SECONDS && t.getNano() == 0,
                "reassignAfterSeconds",
                "must be null (off) or whole seconds from " + MIN_SECONDS + " to " + MAX_SECONDS + ", was " + t));
    }

    /** {@code null} is off. */
    public static ReassignAfter ofSeconds(Long seconds) {
        if (seconds == null) return OFF;
        Require.that(
                seconds >= MIN_SECONDS && seconds <= MAX_SECONDS,
                "reassignAfterSeconds",
                "must be null (off) or from " + MIN_SECONDS + " to " + MAX_SECONDS + ", was " + seconds);
        return new ReassignAfter(Optional.of(Duration.ofSeconds(seconds)));
    }

    public Optional<Long> seconds() {
        return timeout.map(Duration::getSeconds);
    }
}
