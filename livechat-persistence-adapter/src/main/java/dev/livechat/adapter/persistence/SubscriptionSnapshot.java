package dev.livechat.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Which webhooks subscribe to which event, remembered in memory so that storing an event nobody
 * subscribed to sends no statement (it was one SELECT per event, about 9 % of a message post).
 * This storage's own changes {@link #changed forget} it at once; another instance's are seen when
 * it is read again, at most {@link #TIME_TO_LIVE} after it was read. A read that overlaps a change
 * is used once but not kept, as in the domain's {@code ReadCache}.
 *
 * <p>Stale means at worst: a webhook created elsewhere misses the events stored here in that second,
 * and one removed elsewhere is still named, which the enqueue's insert (by the webhook's row) skips.
 * Webhooks are never edited, only created and removed, so nothing else can be stale. The age is
 * measured on a monotonic ticker (nanoseconds), so a wall clock set back cannot stretch it.
 */
final class SubscriptionSnapshot {
    static final Duration TIME_TO_LIVE = Duration.ofSeconds(1);

    private record Snapshot(Map<String, List<String>> byEvent, long readAtNanos, long changes) {}

    private final LongSupplier ticker;
    private final AtomicLong changes = new AtomicLong();
    private volatile Snapshot current;

    SubscriptionSnapshot(LongSupplier ticker) {
        this.ticker = ticker;
    }

    /** The subscribers of the event, if known without reading: empty when the snapshot must be read again. */
    Optional<List<String>> remembered(String event) {
        Snapshot s = current;
        if (s == null || s.changes() != changes.get() || ticker.getAsLong() - s.readAtNanos() >= TIME_TO_LIVE.toNanos())
            return Optional.empty();
        return Optional.of(s.byEvent().getOrDefault(event, List.of()));
    }

    /** Reads every subscription on the connection (the event's transaction) and remembers them; answers the event's. */
    List<String> read(Connection c, String event) throws SQLException {
        long before = changes.get();
        long readAt = ticker.getAsLong();
        Map<String, List<String>> byEvent = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("select event_name, webhook_id from webhook_subscriptions");
                ResultSet rows = select.executeQuery()) {
            while (rows.next())
                byEvent.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                        .add(rows.getString(2));
        }
        // a change reported meanwhile makes it unusable at once (its count no longer matches)
        current = new Snapshot(Map.copyOf(byEvent), readAt, before);
        return byEvent.getOrDefault(event, List.of());
    }

    /** Webhooks were added or removed through this storage: read them again before the next enqueue. */
    void changed() {
        changes.incrementAndGet();
        current = null;
    }
}
