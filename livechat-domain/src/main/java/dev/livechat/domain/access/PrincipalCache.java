package dev.livechat.domain.access;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Who a token belongs to, remembered briefly so that a busy client is not looked up in storage on
 * every request. Keyed by the token's hash, never the token. An entry lives {@link #TIME_TO_LIVE}
 * at most: a token revoked or a user changed through another instance is refused within that
 * time; through this one, {@link #forgetAll()} makes it immediate. Unknown tokens are not kept, so
 * guessing cannot fill it; past {@link #MAX_ENTRIES} it starts over.
 *
 * <p>Expired entries are swept out once per time to live: every visitor has a token of its own,
 * so without the sweep the cache held one entry per conversation served until it started over
 * (bench/soak.sh found 2,193 entries after 2,189 conversations), live heap that grew with the
 * traffic instead of with the callers of the last second.
 */
public final class PrincipalCache {
    public static final Duration TIME_TO_LIVE = Duration.ofSeconds(1);
    static final int MAX_ENTRIES = 10_000;

    private record Entry(Caller caller, long expiresAtMillis) {}

    private final Map<TokenHash, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private volatile long nextSweepMillis;

    public PrincipalCache(Clock clock) {
        this.clock = clock;
    }

    /** The cached caller of the hash, or the one {@code lookup} finds (then cached). */
    public Optional<Caller> callerOf(TokenHash hash, Function<TokenHash, Optional<Caller>> lookup) {
        long now = clock.millis();
        Entry cached = entries.get(hash);
        if (cached != null && cached.expiresAtMillis() > now) return Optional.of(cached.caller());
        Optional<Caller> found = lookup.apply(hash);
        if (found.isEmpty()) {
            entries.remove(hash);
            return found;
        }
        if (now >= nextSweepMillis) {
            nextSweepMillis = now + TIME_TO_LIVE.toMillis();
            entries.values().removeIf(e -> e.expiresAtMillis() <= now);
        }
        if (entries.size() >= MAX_ENTRIES) entries.clear();
        entries.put(hash, new Entry(found.get(), now + TIME_TO_LIVE.toMillis()));
        return found;
    }

    /** How many callers are remembered, expired ones not yet swept out included. */
    int size() {
        return entries.size();
    }

    /** After a change of users or tokens: the next request of every caller is looked up afresh. */
    public void forgetAll() {
        entries.clear();
    }
}
