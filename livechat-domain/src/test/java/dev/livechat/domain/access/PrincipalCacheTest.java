package dev.livechat.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.fixtures.MutableClock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PrincipalCacheTest {
    final MutableClock clock = MutableClock.at("2026-12-02T10:00:00Z");
    final PrincipalCache cache = new PrincipalCache(clock);
    final TokenHash hash = TokenHash.of("a-token-of-someone");
    final Caller visitor = Caller.visitor(ConversationId.of("c1"));
    final AtomicInteger lookups = new AtomicInteger();
    Optional<Caller> stored = Optional.of(visitor);
    final Function<TokenHash, Optional<Caller>> storage = h -> {
        lookups.incrementAndGet();
        return stored;
    };

    @Test
    void aKnownTokenIsLookedUpOncePerSecondAtMost() {
        assertThat(cache.callerOf(hash, storage)).contains(visitor);
        clock.advance(Duration.ofMillis(999));
        assertThat(cache.callerOf(hash, storage)).contains(visitor);
        assertThat(lookups).hasValue(1);

        clock.advance(Duration.ofMillis(1));
        assertThat(cache.callerOf(hash, storage)).contains(visitor);
        assertThat(lookups).hasValue(2);
    }

    @Test
    void aTokenRevokedElsewhereIsRefusedWithinTheTimeToLive() {
        cache.callerOf(hash, storage);
        stored = Optional.empty();

        clock.advance(PrincipalCache.TIME_TO_LIVE);

        assertThat(cache.callerOf(hash, storage)).isEmpty();
    }

    @Test
    void forgettingMakesTheNextRequestLookUpAgainAtOnce() {
        cache.callerOf(hash, storage);
        stored = Optional.empty();

        cache.forgetAll();

        assertThat(cache.callerOf(hash, storage)).isEmpty();
    }

    @Test
    void callersOfConversationsLongGoneAreSweptOutSoTheCacheHoldsTheLastSecondsCallersOnly() {
        for (int i = 0; i < 500; i++) {
            cache.callerOf(TokenHash.of("visitor-" + i), storage);
            clock.advance(Duration.ofMillis(20)); // 50 new visitors a second, each seen once
        }

        assertThat(cache.size()).isBetween(50, 100);
        assertThat(cache.callerOf(TokenHash.of("visitor-499"), storage)).contains(visitor);
    }

    @Test
    void unknownTokensAreNeverKeptSoGuessingCannotFillTheCache() {
        stored = Optional.empty();
        cache.callerOf(hash, storage);
        cache.callerOf(hash, storage);

        assertThat(lookups).hasValue(2);
    }
}
