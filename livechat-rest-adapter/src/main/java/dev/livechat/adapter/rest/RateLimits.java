package dev.livechat.adapter.rest;

import java.time.Duration;
import java.util.Objects;

/**
 * How much an anonymous caller (or a caller with a bad token) may ask of one instance before it is
 * answered 429 with {@code Retry-After}. The defaults are far above what a real website sends, so
 * that only a script meets them. Each limit is a token bucket that refills evenly over its period;
 * buckets live in the memory of one instance, so behind a load balancer the limits are per instance.
 *
 * @param enabled false: no limit at all
 * @param startsPerAddress conversations started by one client address
 * @param startsPerChannel conversations started in one channel, from every address together
 * @param visitorMessagesPerConversation messages a visitor posts in one conversation
 * @param transcriptsPerConversation transcript requests a visitor makes for one conversation
 * @param tokenFailuresPerAddress unknown bearer tokens shown by one client address; once spent,
 *     that address gets 429 on every call that needs a token until the bucket refills
 */
public record RateLimits(
        boolean enabled,
        Limit startsPerAddress,
        Limit startsPerChannel,
        Limit visitorMessagesPerConversation,
        Limit transcriptsPerConversation,
        Limit tokenFailuresPerAddress) {

    /** At most {@code count} per {@code period}, refilled evenly (a burst of {@code count} is allowed). */
    public record Limit(long count, Duration period) {
        public Limit {
            if (count < 1) throw new IllegalArgumentException("a rate limit's count must be positive, was " + count);
            Objects.requireNonNull(period, "period");
            if (period.toMillis() < 1) throw new IllegalArgumentException("a rate limit's period must be positive");
        }

        public static Limit perMinute(long count) {
            return new Limit(count, Duration.ofMinutes(1));
        }

        public static Limit perHour(long count) {
            return new Limit(count, Duration.ofHours(1));
        }

        /** {@code "30/PT1M"}: a count, a slash, an ISO-8601 duration. */
        public static Limit parse(String text) {
            int slash = text.indexOf('/');
            if (slash < 0) throw new IllegalArgumentException("expected COUNT/PERIOD such as 30/PT1M");
            return new Limit(
                    Long.parseLong(text.substring(0, slash).strip()),
                    Duration.parse(text.substring(slash + 1).strip()));
        }

        @Override
        public String toString() {
            return count + "/" + period;
        }
    }

    public RateLimits {
        Objects.requireNonNull(startsPerAddress, "startsPerAddress");
        Objects.requireNonNull(startsPerChannel, "startsPerChannel");
        Objects.requireNonNull(visitorMessagesPerConversation, "visitorMessagesPerConversation");
        Objects.requireNonNull(transcriptsPerConversation, "transcriptsPerConversation");
        Objects.requireNonNull(tokenFailuresPerAddress, "tokenFailuresPerAddress");
    }

    /** 30 starts/min per address, 600/min per channel, 120 visitor messages/min, 10 transcripts/h, 20 bad tokens/min. */
    public static RateLimits defaults() {
        return new RateLimits(
                true,
                Limit.perMinute(30),
                Limit.perMinute(600),
                Limit.perMinute(120),
                Limit.perHour(10),
                Limit.perMinute(20));
    }

    public static RateLimits off() {
        return defaults().withEnabled(false);
    }

    public RateLimits withEnabled(boolean on) {
        return new RateLimits(
                on,
                startsPerAddress,
                startsPerChannel,
                visitorMessagesPerConversation,
                transcriptsPerConversation,
                tokenFailuresPerAddress);
    }
}
