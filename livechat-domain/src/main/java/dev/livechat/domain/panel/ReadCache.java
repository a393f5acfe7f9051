package dev.livechat.domain.panel;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Supplier;

/**
 * A read model remembered until what it was read from changes, and never longer than
 * {@link #TIME_TO_LIVE}: the writers of this process {@link #forget} what they changed before they
 * answer, so a reader never gets a value older than a write this process acknowledged; what
 * nobody reports (another instance whose notification did not arrive, a contact directory of a
 * CRM) is seen within the time to live.
 *
 * <p>A read that overlaps a change is answered but not kept: it may have read the state before
 * the change committed, and keeping it would outlive the {@link #forget} that was meant for it.
 * Entries past their time are swept out once per time to live as new ones come (as in
 * {@code PrincipalCache}), so it holds about a second's reads, not one of every key ever read (a
 * soak found one panel per conversation served); past {@link #MAX_ENTRIES} it starts over, so it
 * cannot grow with the data.
 */
public final class ReadCache<K, V> {
    public static final Duration TIME_TO_LIVE = Duration.ofSeconds(1);
    static final int MAX_ENTRIES = 10_000;
    private static final int STRIPES = 64;

    private record Entry<V>(V value, long expiresAtMillis) {}

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    /** Changes reported per stripe of keys, and for everything: a read compares them before and after. */
    private final AtomicLongArray changes = new AtomicLongArray(STRIPES);

    private final AtomicLong allChanges = new AtomicLong();
    private volatile long nextSweepMillis;

    private final Clock clock;

    public ReadCache(Clock clock) {
        this.clock = clock;
    }

    /** The remembered value of the key, or the one {@code read} gives (then remembered). */
    public V get(K key, Supplier<V> read) {
        long now = clock.millis();
        Entry<V> cached = entries.get(key);
        if (cached != null && cached.expiresAtMillis() > now) return cached.value();
        long before = changesOf(key);
        V value = read.get();
        Entry<V> entry = new Entry<>(value, now + TIME_TO_LIVE.toMillis());
        if (now >= nextSweepMillis) {
            nextSweepMillis = now + TIME_TO_LIVE.toMillis();
            entries.values().removeIf(e -> e.expiresAtMillis() <= now);
        }
        if (entries.size() >= MAX_ENTRIES) entries.clear();
        entries.put(key, entry);
        // a change reported meanwhile may have come before the put and removed nothing: undo it
        if (changesOf(key) != before) entries.remove(key, entry);
        return value;
    }

    /** What was read of the key is stale (call it after the change committed, before answering). */
    public void forget(K key) {
        changes.incrementAndGet(stripe(key));
        entries.remove(key);
    }

    /** Everything read is stale. */
    public void forgetAll() {
        allChanges.incrementAndGet();
        entries.clear();
    }

    /** How many reads are remembered, expired ones not yet let go included. */
    int size() {
        return entries.size();
    }

    private long changesOf(K key) {
        return allChanges.get() + changes.get(stripe(key));
    }

    private static int stripe(Object key) {
        return Math.floorMod(key.hashCode(), STRIPES);
    }
}
