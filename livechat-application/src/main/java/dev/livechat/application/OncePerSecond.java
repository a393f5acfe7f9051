package dev.livechat.application;

import java.util.function.Supplier;

/**
 * A reading taken from storage at most once a second, however often it is asked for: several
 * gauges share one query, and a scrape storm cannot turn into a query storm. While the source
 * fails (the database is down) the last reading stands; {@code /health} tells the rest.
 */
final class OncePerSecond<T> implements Supplier<T> {
    private static final long SECOND_NANOS = 1_000_000_000L;

    private final Supplier<T> source;
    private volatile T last;
    private volatile long readAt;
    private volatile boolean read;

    OncePerSecond(Supplier<T> source, T initial) {
        this.source = source;
        this.last = initial;
    }

    @Override
    public T get() {
        long now = System.nanoTime();
        if (!read || now - readAt > SECOND_NANOS) {
            try {
                last = source.get();
            } catch (RuntimeException e) {
                // keep the last reading
            }
            readAt = now;
            read = true;
        }
        return last;
    }
}
