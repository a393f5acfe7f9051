package dev.livechat.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.adapter.rest.RateLimits.Limit;
import dev.livechat.testsupport.Reply;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile callers meet 429 problem+json with {@code Retry-After}: too many starts from one address
 * or in one channel, too many visitor messages or transcript requests in one conversation, too
 * many unknown tokens from one address. Small limits here; the defaults are far higher.
 */
class RateLimitTest {
    private static final String FORWARDED = "X-Forwarded-For";

    private TestApi api;

    @AfterEach
    void stop() {
        if (api != null) api.close();
    }

    private TestApi api(RateLimits limits) {
        api = new TestApi(
                TestApi.settings().withRateLimits(limits).withClientAddressHeader(FORWARDED),
                () -> Map.of("database", true));
        return api;
    }

    private static RateLimits limits(int perAddress, int perChannel, int messages, int transcripts, int tokens) {
        return new RateLimits(
                true,
                Limit.perMinute(perAddress),
                Limit.perMinute(perChannel),
                Limit.perMinute(messages),
                Limit.perHour(transcripts),
                Limit.perMinute(tokens));
    }

    private Reply start(String channel, String address) {
        return api.http.send(
                "POST", "/api/v1/conversations", null, Map.of("channelId", channel), Map.of(FORWARDED, address));
    }

    @Test
    void startsPerAddressAreCountedByTheRightMostForwardedEntry() {
        api(limits(3, 1000, 1000, 1000, 1000));
        String channel = api.channel("Support");
        for (int i = 0; i < 3; i++)
            start(channel, "198.51.100." + i + ", 203.0.113.7").hasStatus(201);

        Reply refused = start(channel, "192.0.2.99, 203.0.113.7").isProblem(429);
        assertThat(refused.text("type")).isEqualTo("urn:livechat:problem:too-many-requests");
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(refused.json().path("retryAfterSeconds").asLong()).isEqualTo(retryAfter);

        start(channel, "203.0.113.8").hasStatus(201);
    }

    @Test
    void startsPerChannelAreCountedOverEveryAddress() {
        api(limits(1000, 2, 1000, 1000, 1000));
        String busy = api.channel("Busy");
        String quiet = api.channel("Quiet");
        start(busy, "203.0.113.1").hasStatus(201);
        start(busy, "203.0.113.2").hasStatus(201);
        start(busy, "203.0.113.3").isProblem(429);
        start(quiet, "203.0.113.3").hasStatus(201);
    }

    @Test
    void visitorMessagesPerConversation() {
        api(limits(1000, 1000, 3, 1000, 1000));
        String channel = api.channel("Support");
        TestApi.User ana = api.operator("Ana", "fr", channel);
        TestApi.Visitor one = api.start(channel);
        TestApi.Visitor two = api.start(channel);
        for (int i = 0; i < 3; i++)
            api.http
                    .post(one.path("/messages"), one.token(), Map.of("body", "m" + i))
                    .hasStatus(201);
        api.http
                .post(one.path("/messages"), one.token(), Map.of("body", "again"))
                .isProblem(429);
        // another visitor cannot spend this one's allowance, and the operator is not limited
        api.http
                .post(two.path("/messages"), two.token(), Map.of("body", "hello"))
                .hasStatus(201);
        api.http
                .post(one.path("/messages"), ana.token(), Map.of("body", "operator"))
                .hasStatus(201);
    }

    @Test
    void transcriptRequestsPerConversation() {
        api(limits(1000, 1000, 1000, 2, 1000));
        String channel = api.channel("Support");
        TestApi.Visitor visitor =
                api.start(Map.of("channelId", channel, "visitor", Map.of("email", "marie@example.com")), Map.of());
        api.http.post(visitor.path("/close"), visitor.token(), null).hasStatus(200);
        Map<String, Object> body = Map.of("email", "marie@example.com");
        api.http.post(visitor.path("/transcript"), visitor.token(), body).hasStatus(202);
        api.http.post(visitor.path("/transcript"), visitor.token(), body).hasStatus(202);
        Reply refused = api.http
                .post(visitor.path("/transcript"), visitor.token(), body)
                .isProblem(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 3600L);
    }

    @Test
    void unknownTokensFromOneAddressStopBeingLookedUp() {
        api(limits(1000, 1000, 1000, 1000, 3));
        Map<String, String> from = Map.of(FORWARDED, "203.0.113.66");
        for (int i = 0; i < 3; i++)
            api.http.send("GET", "/api/v1/me", "guess-" + i, null, from).isProblem(401);
        api.http.send("GET", "/api/v1/me", "guess-4", null, from).isProblem(429);
        // even a good token waits at that address: a guesser cannot tell a hit
        api.http.send("GET", "/api/v1/me", TestApi.ADMIN, null, from).isProblem(429);
        api.http
                .send("GET", "/api/v1/me", TestApi.ADMIN, null, Map.of(FORWARDED, "203.0.113.67"))
                .hasStatus(200);
        // no header at all is no guess
        api.http
                .send("GET", "/api/v1/me", null, null, Map.of(FORWARDED, "203.0.113.68"))
                .isProblem(401);
    }

    @Test
    void offMeansNoLimit() {
        api(limits(1, 1, 1, 1, 1).withEnabled(false));
        String channel = api.channel("Support");
        for (int i = 0; i < 5; i++) start(channel, "203.0.113.1").hasStatus(201);
        for (int i = 0; i < 5; i++)
            api.http.send("GET", "/api/v1/me", "guess", null, Map.of()).isProblem(401);
    }

    @Test
    void limitsParseFromCountAndPeriod() {
        assertThat(Limit.parse("30/PT1M")).isEqualTo(new Limit(30, Duration.ofMinutes(1)));
        assertThat(Limit.parse(" 10 / PT1H ")).isEqualTo(Limit.perHour(10));
        assertThat(ClientAddress.rightMost("a, b ,c ")).isEqualTo("c");
        assertThat(ClientAddress.rightMost("x".repeat(500))).hasSize(ClientAddress.MAX_LENGTH);
    }
}
