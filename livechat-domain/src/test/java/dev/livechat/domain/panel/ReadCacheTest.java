package dev.livechat.domain.panel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.fixtures.MutableClock;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ReadCacheTest {
    final MutableClock clock = MutableClock.at("2026-12-02T10:00:00Z");
    final ReadCache<String, String> cache = new ReadCache<>(clock);
    final AtomicInteger reads = new AtomicInteger();
    String stored = "v1";
    final Supplier<String> storage = () -> {
        reads.incrementAndGet();
        return stored;
    };

    @Test
    void aValueIsReadOnceWhileNothingChangesWithinTheTimeToLive() {
        assertThat(cache.get("a", storage)).isEqualTo("v1");
        clock.advance(ReadCache.TIME_TO_LIVE.minusMillis(1));
        assertThat(cache.get("a", storage)).isEqualTo("v1");
        assertThat(reads).hasValue(1);
    }

    @Test
    void aChangeNobodyReportedIsSeenOnceTheTimeToLiveHasPassed() {
        cache.get("a", storage);
        stored = "v2";
        clock.advance(ReadCache.TIME_TO_LIVE);
        assertThat(cache.get("a", storage)).isEqualTo("v2");
    }

    @Test
    void aReportedChangeIsSeenAtOnceAndOnlyForItsKey() {
        cache.get("a", storage);
        cache.get("b", storage);
        stored = "v2";

        cache.forget("a");

        assertThat(cache.get("a", storage)).isEqualTo("v2");
        assertThat(cache.get("b", storage)).isEqualTo("v1");
        assertThat(reads).hasValue(3);
    }

    @Test
    void forgettingEverythingReadsEveryKeyAgain() {
        cache.get("a", storage);
        cache.get("b", storage);
        stored = "v2";

        cache.forgetAll();

        assertThat(cache.get("a", storage)).isEqualTo("v2");
        assertThat(cache.get("b", storage)).isEqualTo("v2");
    }

    @Test
    void aReadThatOverlapsAChangeIsAnsweredButNotKept() {
        // the read saw the state before the write committed; the writer's forget came before the put
        String answered = cache.get("a", () -> {
            String before = stored;
            stored = "v2";
            cache.forget("a");
            return before;
        });

        assertThat(answered).isEqualTo("v1");
        assertThat(cache.get("a", storage)).isEqualTo("v2");
    }

    @Test
    void aReadThatOverlapsForgettingEverythingIsNotKeptEither() {
        cache.get("a", () -> {
            String before = stored;
            stored = "v2";
            cache.forgetAll();
            return before;
        });

        assertThat(cache.get("a", storage)).isEqualTo("v2");
    }

    @Test
    void aFailedReadKeepsNothing() {
        try {
            cache.get("a", () -> {
                throw new IllegalStateException("storage down");
            });
        } catch (IllegalStateException expected) {
            // answered to the caller as it came
        }
        assertThat(cache.get("a", storage)).isEqualTo("v1");
        assertThat(reads).hasValue(1);
    }

    @Test
    void itStartsOverPastItsLimitRatherThanGrowWithTheData() {
        for (int i = 0; i <= ReadCache.MAX_ENTRIES; i++) cache.get("k" + i, storage);
        cache.get("k0", storage);
        assertThat(reads).hasValue(ReadCache.MAX_ENTRIES + 2);
    }

    @Test
    void readsPastTheirTimeAreLetGoAsNewOnesComeRatherThanKeptPerKeyEverRead() {
        for (int i = 0; i < 5_000; i++) cache.get("old" + i, storage);
        clock.advance(ReadCache.TIME_TO_LIVE);

        for (int i = 0; i < 100; i++) cache.get("new" + i, storage);

        assertThat(cache.size()).isLessThanOrEqualTo(100);
        assertThat(cache.get("new0", storage)).isEqualTo("v1");
        assertThat(reads).as("the new ones are still remembered").hasValue(5_100);
    }

    @Test
    void aSweepLetsGoOnlyWhatHasExpired() {
        cache.get("x", storage);
        clock.advance(ReadCache.TIME_TO_LIVE.dividedBy(2));
        cache.get("a", storage);
        clock.advance(ReadCache.TIME_TO_LIVE.dividedBy(2));
        cache.get("b", storage); // a time to live after the first: the sweep; "x" has expired, "a" has not

        clock.advance(ReadCache.TIME_TO_LIVE.dividedBy(4));
        cache.get("a", storage);

        assertThat(reads).hasValue(3);
        assertThat(cache.size()).isEqualTo(2);
    }
}
