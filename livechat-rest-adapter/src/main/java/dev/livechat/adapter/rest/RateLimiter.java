package dev.livechat.adapter.rest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.livechat.adapter.rest.RateLimits.Limit;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The {@link RateLimits} of one instance: a Bucket4j token bucket per key (client address,
 * channel, conversation), kept in a Caffeine cache that forgets a key once it has been idle for its
 * limit's period (a bucket idle that long is full again, so forgetting it changes nothing) and that
 * never holds more than {@link #MAX_KEYS} keys per limit, so a flood of new keys cannot exhaust
 * memory.
 */
final class RateLimiter {
    static final long MAX_KEYS = 100_000;

    private final boolean enabled;
    private final ClientAddress addresses;
    private final Buckets startsPerAddress;
    private final Buckets startsPerChannel;
    private final Buckets visitorMessages;
    private final Buckets transcripts;
    private final Buckets tokenFailures;

    RateLimiter(RateLimits limits, ClientAddress addresses) {
        this.enabled = limits.enabled();
        this.addresses = addresses;
        this.startsPerAddress = new Buckets("conversation starts from this address", limits.startsPerAddress());
        this.startsPerChannel = new Buckets("conversation starts in this channel", limits.startsPerChannel());
        this.visitorMessages =
                new Buckets("visitor messages in this conversation", limits.visitorMessagesPerConversation());
        this.transcripts =
                new Buckets("transcript requests for this conversation", limits.transcriptsPerConversation());
        this.tokenFailures = new Buckets("unknown tokens from this address", limits.tokenFailuresPerAddress());
    }

    /** Before {@code POST /conversations}: one start from this address. */
    void start(Context ctx) {
        if (enabled) startsPerAddress.take(addresses.of(ctx));
    }

    /** Once the body names the channel: one start in it. */
    void startIn(String channel) {
        if (enabled) startsPerChannel.take(channel);
    }

    void visitorMessage(String conversation) {
        if (enabled) visitorMessages.take(conversation);
    }

    void transcriptRequest(String conversation) {
        if (enabled) transcripts.take(conversation);
    }

    /** Before a token is looked up: an address that has shown too many unknown tokens waits. */
    void beforeToken(Context ctx) {
        if (enabled) tokenFailures.refuseIfEmpty(addresses.of(ctx));
    }

    /** After a token was not known. */
    void tokenFailed(Context ctx) {
        if (enabled) tokenFailures.spend(addresses.of(ctx));
    }

    private static final class Buckets {
        private final String what;
        private final Limit limit;
        private final Cache<String, Bucket> buckets;

        Buckets(String what, Limit limit) {
            this.what = what;
            this.limit = limit;
            this.buckets = Caffeine.newBuilder()
                    .maximumSize(MAX_KEYS)
                    .expireAfterAccess(limit.period())
                    .build();
        }

        void take(String key) {
            ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) throw refusal(probe.getNanosToWaitForRefill());
        }

        void refuseIfEmpty(String key) {
            Bucket bucket = buckets.getIfPresent(key);
            if (bucket == null) return;
            var estimate = bucket.estimateAbilityToConsume(1);
            if (!estimate.canBeConsumed()) throw refusal(estimate.getNanosToWaitForRefill());
        }

        void spend(String key) {
            bucket(key).tryConsume(1);
        }

        private Bucket bucket(String key) {
            return buckets.get(
                    key,
                    k -> Bucket.builder()
                            .addLimit(Bandwidth.builder()
                                    .capacity(limit.count())
                                    .refillGreedy(limit.count(), limit.period())
                                    .build())
                            .build());
        }

        private ApiProblem refusal(long nanosToWait) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanosToWait + 999_999_999L));
            return ApiProblem.tooManyRequests(
                    "Too many " + what + " (at most " + limit.count() + " per " + human(limit.period())
                            + "); try again in " + seconds + " s",
                    seconds);
        }

        private static String human(Duration period) {
            if (period.equals(Duration.ofMinutes(1))) return "minute";
            if (period.equals(Duration.ofHours(1))) return "hour";
            return period.toString();
        }
    }
}
