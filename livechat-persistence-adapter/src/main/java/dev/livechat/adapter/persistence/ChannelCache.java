package dev.livechat.adapter.persistence;

import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.ChannelId;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Channels read by id, remembered for a short time: every panel, start and assignment reads its
 * channel, and channels change a few times a year. A channel changed through this instance is
 * forgotten at once; through another, it is seen within the time to live.
 */
final class ChannelCache {
    static final Duration TIME_TO_LIVE = Duration.ofSeconds(1);

    private record Entry(Channel channel, long expiresAtNanos) {}

    private final Map<ChannelId, Entry> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;

    ChannelCache(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    Optional<Channel> find(ChannelId id, Function<ChannelId, Optional<Channel>> lookup) {
        long now = System.nanoTime();
        Entry cached = entries.get(id);
        if (cached != null && now - cached.expiresAtNanos() < 0) return Optional.of(cached.channel());
        Optional<Channel> found = lookup.apply(id);
        found.ifPresentOrElse(c -> entries.put(id, new Entry(c, now + ttlNanos)), () -> entries.remove(id));
        return found;
    }

    void forget(ChannelId id) {
        entries.remove(id);
    }
}
