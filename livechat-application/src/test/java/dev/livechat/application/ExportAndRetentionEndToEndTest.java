package dev.livechat.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.livechat.domain.fixtures.MutableClock;
import dev.livechat.testsupport.Http;
import dev.livechat.testsupport.PgSchema;
import dev.livechat.testsupport.Reply;
import dev.livechat.testsupport.Uploads;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export and the retention period through the service as {@code main} assembles it, on the
 * embedded database and on PostgreSQL, with a clock the test moves: conversations closed longer
 * ago than LIVECHAT_RETENTION_DAYS lose their text, the others keep it, and the report and the
 * export answer the same before and after.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ExportAndRetentionEndToEndTest {
    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    static final String RANGE = "from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z";

    @TempDir
    Path data;

    final MutableClock clock = new MutableClock(T0);
    final List<AutoCloseable> opened = new ArrayList<>();
    LiveChatService service;
    Http http;

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : reversed(opened)) c.close();
    }

    @Test
    void onTheEmbeddedDatabase() {
        start();
        retentionErasesOnlyWhatIsPastThePeriodAndTheReportsStay();
    }

    @Test
    void onPostgres() {
        assumeTrue(PgSchema.enabled(), "PostgreSQL tests run with -Ppostgres");
        PgSchema schema = new PgSchema();
        opened.add(schema);
        start(schema.env(schema.jdbcUrl()));
        retentionErasesOnlyWhatIsPastThePeriodAndTheReportsStay();
    }

    private void start(String... more) {
        String[] env = E2e.concat(
                more,
                "LIVECHAT_RETENTION_DAYS",
                "30",
                "LIVECHAT_INACTIVITY_TIMEOUT",
                "PT87600H",
                "LIVECHAT_RATE_LIMITS",
                "off");
        service = LiveChatService.start(Config.from(E2e.env(data, env), false), clock);
        opened.add(service);
        http = new Http(service.port());
    }

    private void retentionErasesOnlyWhatIsPastThePeriodAndTheReportsStay() {
        String channel = http.post("/api/v1/channels", E2e.ADMIN, Map.of("name", "Support"))
                .hasStatus(201)
                .text("id");
        String operator = operator(channel);
        String old = conversation(channel, operator, "my old secret");
        String oldFile = attach(old, operator, "my old file");
        http.post("/api/v1/conversations/" + old + "/close", operator, null).hasStatus(200);
        clock.advance(Duration.ofDays(20));
        String recent = conversation(channel, operator, "my recent secret");
        String recentFile = attach(recent, operator, "my recent file");
        http.post("/api/v1/conversations/" + recent + "/close", operator, null).hasStatus(200);
        String open = conversation(channel, operator, "my open secret");
        clock.advance(Duration.ofDays(11));

        String report = http.get("/api/v1/reports/conversations?groupBy=outcome&" + RANGE, E2e.ADMIN)
                .hasStatus(200)
                .body();
        String csv = http.get("/api/v1/reports/conversations/export?" + RANGE, E2e.ADMIN)
                .hasStatus(200)
                .body();
        assertThat(csv.split("\r\n"))
                .hasSize(4)
                .anySatisfy(line -> assertThat(line).startsWith(old + ","));

        assertThat(service.applyRetention()).isEqualTo(1);

        assertThat(bodies(old, operator)).isNotEmpty().containsOnly("[erased]");
        assertThat(bodies(recent, operator)).contains("my recent secret");
        assertThat(bodies(open, operator)).contains("my open secret");
        assertThat(file(oldFile, operator)).isEqualTo("[erased]");
        assertThat(file(recentFile, operator)).isEqualTo("my recent file");
        assertThat(http.get("/api/v1/reports/conversations?groupBy=outcome&" + RANGE, E2e.ADMIN)
                        .hasStatus(200)
                        .body())
                .isEqualTo(report);
        assertThat(http.get("/api/v1/reports/conversations/export?" + RANGE, E2e.ADMIN)
                        .hasStatus(200)
                        .body())
                .isEqualTo(csv);
        assertThat(service.applyRetention())
                .as("each conversation is erased once")
                .isZero();

        Reply jsonl = http.get("/api/v1/reports/conversations/export?format=jsonl&" + RANGE, E2e.ADMIN)
                .hasStatus(200);
        assertThat(jsonl.body().split("\n"))
                .hasSize(3)
                .allSatisfy(
                        line -> assertThat(Json.read(line).path("id").asText()).isIn(old, recent, open));
        http.get("/api/v1/reports/conversations/export?" + RANGE, operator).isProblem(403);
        http.get("/api/v1/reports/conversations/export?" + RANGE, null).isProblem(401);
        http.get("/api/v1/reports/conversations/export?from=2026-01-01T00:00:00Z", E2e.ADMIN)
                .namesFields("to");
    }

    private static List<AutoCloseable> reversed(List<AutoCloseable> list) {
        List<AutoCloseable> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    /** Each line of JSON Lines alone is a JSON document. */
    private static final class Json {
        static JsonNode read(String line) {
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
            } catch (java.io.IOException e) {
                throw new AssertionError("not one JSON object: " + line, e);
            }
        }
    }

    private String operator(String channel) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Olga");
        body.put("email", "olga@example.com");
        body.put("role", "LIVECHAT_USER");
        body.put("mainLanguage", "en");
        body.put("channels", List.of(channel));
        String token =
                http.post("/api/v1/users", E2e.ADMIN, body).hasStatus(201).text("token");
        http.put("/api/v1/me/presence", token, Map.of("presence", "ONLINE")).hasStatus(200);
        return token;
    }

    /** Started by a visitor with a message, answered by the operator (assigned, being online in the channel). */
    private String conversation(String channel, String operator, String secret) {
        Map<String, Object> start = new LinkedHashMap<>();
        start.put("channelId", channel);
        start.put("visitor", Map.of("name", "Vera"));
        start.put("message", secret);
        String id =
                http.post("/api/v1/conversations", null, start).hasStatus(201).text("id");
        http.post("/api/v1/conversations/" + id + "/messages", operator, Map.of("body", "About " + secret))
                .hasStatus(201);
        return id;
    }

    /** A text file posted by the operator in the conversation; answers its id. */
    private String attach(String conversation, String operator, String text) {
        String path = "/api/v1/conversations/" + conversation + "/attachments";
        new Uploads(http)
                .raw(path, operator, "text/plain", "notes.txt", text.getBytes(StandardCharsets.UTF_8))
                .hasStatus(201);
        return http.get(path, operator).hasStatus(200).json().get(0).path("id").asText();
    }

    private String file(String attachment, String operator) {
        return http.get("/api/v1/attachments/" + attachment, operator)
                .hasStatus(200)
                .body();
    }

    private List<String> bodies(String conversation, String operator) {
        JsonNode messages = http.get("/api/v1/conversations/" + conversation + "/messages", operator)
                .hasStatus(200)
                .json();
        List<String> bodies = new ArrayList<>();
        messages.forEach(m -> bodies.add(m.path("body").asText()));
        return bodies;
    }
}
