package dev.livechat.application;

import static dev.livechat.application.Instance.conversation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.livechat.application.Instance.User;
import dev.livechat.application.Instance.Visitor;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database goes away under a running service: {@code /health} and the API answer 503
 * problem+json naming the database (never a 500), nothing is half written, and when the database is
 * back the service recovers by itself. On H2 the test runs an H2 server in TCP mode and stops it,
 * then starts it again on the same port; with {@code -Ppostgres} it also cuts and restores a loopback
 * proxy in front of PostgreSQL.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class DatabaseDownTest {
    private static final Duration RECOVERY = Duration.ofSeconds(30);

    @TempDir
    Path base;

    @TempDir
    Path data;

    private Server h2;

    @AfterEach
    void stopDatabase() {
        if (h2 != null) h2.stop();
    }

    @Test
    void anH2ServerStoppedAndStartedAgain() throws Exception {
        int port = E2e.freePort();
        h2 = h2Server(port);
        String url = "jdbc:h2:tcp://127.0.0.1:" + port + "/livechat;LOCK_TIMEOUT=10000";
        outageAndRecovery(
                Map.copyOf(E2e.env(data, "LIVECHAT_DB_URL", url)), () -> h2.stop(), () -> h2 = h2Server(port));
    }

    @Test
    void postgresqlCutOffAndBackAgain() throws Exception {
        assumeTrue(PgSchema.enabled(), "PostgreSQL tests run with -Ppostgres");
        try (PgSchema schema = new PgSchema();
                TcpProxy proxy = new TcpProxy(schema.host(), schema.port())) {
            String url = schema.jdbcUrlThrough(E2e.HOST, proxy.port());
            outageAndRecovery(E2e.env(data, schema.env(url)), proxy::cut, proxy::restore);
        }
    }

    interface Step {
        void run() throws Exception;
    }

    private void outageAndRecovery(Map<String, String> env, Step stop, Step restart) throws Exception {
        try (Instance one = Instance.start(env)) {
            Http http = one.http;
            String channel = one.channel("Support");
            User ana = one.operator("Ana Dupont", "fr", "BE", List.of(), channel);
            one.presence(ana, "ONLINE");
            Visitor visitor = one.start(channel, "fr", "Marie Martin", "Bonjour");
            List<String> before = http.get(conversation(visitor.id(), "/messages"), ana.token())
                    .hasStatus(200)
                    .each("body");
            assertThat(http.get("/health", null).hasStatus(200).text("database"))
                    .isEqualTo("UP");

            stop.run();

            // concurrently, since each may wait for the pool's connection timeout (5 s)
            CompletableFuture<Reply> health = http.sendAsync("GET", "/health", null, null);
            CompletableFuture<Reply> read = http.sendAsync("GET", "/api/v1/channels", E2e.ADMIN, null);
            CompletableFuture<Reply> write = http.sendAsync(
                    "POST", conversation(visitor.id(), "/messages"), ana.token(), Map.of("body", "Lost in the outage"));
            CompletableFuture<Reply> create =
                    http.sendAsync("POST", "/api/v1/channels", E2e.ADMIN, Map.of("name", "Made in the outage"));

            Reply down = health.get(20, TimeUnit.SECONDS).isProblem(503);
            assertThat(down.text("detail")).contains("database");
            assertThat(down.json().path("down").toString()).isEqualTo("[\"database\"]");
            assertThat(down.text("database")).isEqualTo("DOWN");
            for (CompletableFuture<Reply> call : List.of(read, write, create)) {
                Reply refused = call.get(20, TimeUnit.SECONDS).isProblem(503);
                assertThat(refused.text("dependency")).isEqualTo("database");
            }

            restart.run();

            E2e.await(
                    RECOVERY,
                    "/health is 200 again",
                    () -> http.get("/health", null).status() == 200);
            E2e.await(
                    RECOVERY,
                    "the API answers again",
                    () -> http.get("/api/v1/channels", E2e.ADMIN).status() == 200);
            // recovered for good: no broken pooled connection is handed out any more
            for (int i = 0; i < 20; i++) {
                assertThat(http.get("/health", null).hasStatus(200).text("database"))
                        .isEqualTo("UP");
                http.get("/api/v1/me", ana.token()).hasStatus(200);
            }
            assertThat(http.get("/api/v1/channels", E2e.ADMIN).hasStatus(200).each("name"))
                    .as("the channel refused during the outage was not made")
                    .containsExactly("Support");
            assertThat(http.get(conversation(visitor.id(), "/messages"), ana.token())
                            .hasStatus(200)
                            .each("body"))
                    .as("nothing of the refused message was written")
                    .isEqualTo(before);
            try (SseClient events = SseClient.open(http, ana.token(), null)) {
                http.post(conversation(visitor.id(), "/messages"), ana.token(), Map.of("body", "Back again"))
                        .hasStatus(201);
                events.until(
                        e -> e.type().equals("message.posted")
                                && e.json()
                                        .path("message")
                                        .path("body")
                                        .asText()
                                        .equals("Back again"),
                        Duration.ofSeconds(10));
            }
            assertThat(http.get(conversation(visitor.id(), "/messages"), visitor.token())
                            .hasStatus(200)
                            .each("body"))
                    .endsWith("Back again")
                    .doesNotContain("Lost in the outage");
        }
    }

    private Server h2Server(int port) throws SQLException {
        return Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists", "-baseDir", base.toString())
                .start();
    }
}
