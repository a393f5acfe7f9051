package dev.livechat.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.testsupport.Reply;
import dev.livechat.testsupport.SseClient;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What operations see of a running service: {@code /metrics} and request ids, over loopback HTTP. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OperationsOverHttpTest {
    private static final String METRICS_TOKEN = "metrics-token-0123456789";

    @TempDir
    Path data;

    @Test
    void aScrapeShowsRequestsByRouteOpenStreamsAndStartedConversations() {
        try (Instance one = Instance.start(E2e.env(data, "LIVECHAT_METRICS_TOKEN", METRICS_TOKEN))) {
            String channel = one.channel("Metrics");
            Map<String, Double> before = scrape(one);
            String starts = "http_server_requests_seconds_count{method=\"POST\",status=\"201\","
                    + "uri=\"/api/v1/conversations\"}";

            Instance.Visitor visitor = one.start(channel, "en", "Mia Meter", "Hello");
            one.start(channel, "en", "Max Meter", null);
            one.http
                    .get(Instance.conversation(visitor.id(), "/messages"), visitor.token())
                    .hasStatus(200);
            try (SseClient stream = SseClient.open(one.http, E2e.ADMIN, null)) {
                assertThat(stream.status).isEqualTo(200);
                Map<String, Double> after = scrape(one);

                assertThat(after.getOrDefault(starts, 0d) - before.getOrDefault(starts, 0d))
                        .as("POST /api/v1/conversations answered 201, counted by its route")
                        .isEqualTo(2d);
                assertThat(after)
                        .as("the route pattern, never the raw path")
                        .containsKey("http_server_requests_seconds_count{method=\"GET\",status=\"200\","
                                + "uri=\"/api/v1/conversations/{id}/messages\"}");
                assertThat(after.keySet()).noneMatch(k -> k.contains(visitor.id()));
                assertThat(after.keySet()).anyMatch(k -> k.startsWith("http_server_requests_seconds_bucket{"));
                assertThat(after.get("livechat_event_streams_open")).isEqualTo(1d);
                assertThat(after.get("livechat_conversations_started_total")
                                - before.getOrDefault("livechat_conversations_started_total", 0d))
                        .isEqualTo(2d);
                assertThat(after.keySet())
                        .anyMatch(k -> k.startsWith("jvm_memory_used_bytes{"))
                        .anyMatch(k -> k.startsWith("jvm_threads_live_threads"))
                        .anyMatch(k -> k.startsWith("hikaricp_connections_active{"))
                        .anyMatch(k -> k.startsWith("livechat_events_published_total{type=\"conversation.started\"}"));
                assertThat(after)
                        .as("the transcript outbox, every state, none requested yet")
                        .containsEntry("livechat_transcripts{state=\"PENDING\"}", 0d)
                        .containsEntry("livechat_transcripts{state=\"SENT\"}", 0d)
                        .containsEntry("livechat_transcripts{state=\"AWAITING_CONFIRMATION\"}", 0d);
            }
        }
    }

    @Test
    void metricsNeedTheirOwnTokenAndAreOffWithoutOne() {
        try (Instance one = Instance.start(E2e.env(data, "LIVECHAT_METRICS_TOKEN", METRICS_TOKEN))) {
            one.http.get("/metrics", null).hasStatus(401);
            one.http.get("/metrics", E2e.ADMIN).hasStatus(403);
            one.http.get("/metrics", METRICS_TOKEN + "x").hasStatus(403);
            Reply ok = one.http.get("/metrics", METRICS_TOKEN).hasStatus(200);
            assertThat(ok.contentType()).startsWith("text/plain; version=0.0.4");
        }
        try (Instance off = Instance.start(E2e.env(data))) {
            off.http.get("/metrics", METRICS_TOKEN).hasStatus(404);
        }
    }

    @Test
    void aSaneRequestIdIsEchoedAndAnotherIsMadeUpAndNamedInTheProblem() {
        try (Instance one = Instance.start(E2e.env(data))) {
            Reply given = one.http
                    .send("GET", "/health/live", null, null, Map.of("X-Request-Id", "lb-42.a_b-c"))
                    .hasStatus(200);
            assertThat(given.headers().firstValue("X-Request-Id")).hasValue("lb-42.a_b-c");

            Reply missing = one.http
                    .send("GET", "/api/v1/nothing-here", null, null, Map.of("X-Request-Id", "bad id\u00e9"))
                    .hasStatus(404);
            String made = missing.headers().firstValue("X-Request-Id").orElseThrow();
            assertThat(made).isNotEqualTo("bad id\u00e9").matches("[A-Za-z0-9._-]{1,64}");
            assertThat(missing.text("requestId")).isEqualTo(made);

            Reply refused = one.http
                    .send("GET", "/api/v1/me", null, null, Map.of("X-Request-Id", "x".repeat(65)))
                    .hasStatus(401);
            assertThat(refused.text("requestId"))
                    .isEqualTo(refused.headers().firstValue("X-Request-Id").orElseThrow())
                    .hasSizeLessThanOrEqualTo(64);
        }
    }

    /** Each sample of the text format, by its name and labels as written ({@code name{a="b"}}), to its value. */
    private static Map<String, Double> scrape(Instance one) {
        Reply reply = one.http.get("/metrics", METRICS_TOKEN).hasStatus(200);
        Map<String, Double> samples = new TreeMap<>();
        for (String line : reply.body().split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            int space = line.lastIndexOf(' ');
            samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        }
        return samples;
    }
}
