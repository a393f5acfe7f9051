package dev.livechat.application;

import static dev.livechat.application.Instance.conversation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.livechat.application.Instance.User;
import dev.livechat.application.Instance.Visitor;
import dev.livechat.testsupport.Http;
import dev.livechat.testsupport.PgSchema;
import dev.livechat.testsupport.Reply;
import dev.livechat.testsupport.SseClient;
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
 * problem+json naming the database (never a 500) within about a second (the pool's connection
 * timeout), {@code /health/live} stays 200, nothing is half written, and when the database is
 * back the service recovers by itself. On H2 the test runs an H2 server in TCP mode and stops it,
 * then starts it again on the same port; with {@code -Ppostgres} it also cuts and restores a loopback
 * proxy in front of PostgreSQL.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class DatabaseDownTest {
    private static final Duration RECOVERY = Duration.ofSeconds(30);
    /** The pool waits 1 s for a connection (LIVECHAT_DB_CONNECTION_TIMEOUT); the margin is for a slow machine. */
    private static final Duration FAIL_FAST = Duration.ofMillis(2_500);

    record Timed(Reply reply, Duration elapsed) {}

    private static CompletableFuture<Timed> timed(CompletableFuture<Reply> call, long sent) {
        return call.thenApply(reply -> new Timed(reply, Duration.ofNanos(System.nanoTime() - sent)));
    }

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

            // concurrently, since each waits for the pool's connection timeout (1 s)
            long sent = System.nanoTime();
            CompletableFuture<Timed> health = timed(http.sendAsync("GET", "/health", null, null), sent);
            CompletableFuture<Timed> read = timed(http.sendAsync("GET", "/api/v1/channels", E2e.ADMIN, null), sent);
            CompletableFuture<Timed> write = timed(
                    http.sendAsync(
                            "POST",
                            conversation(visitor.id(), "/messages"),
                            ana.token(),
                            Map.of("body", "Lost in the outage")),
                    sent);
            CompletableFuture<Timed> create = timed(
                    http.sendAsync("POST", "/api/v1/channels", E2e.ADMIN, Map.of("name", "Made in the outage")), sent);
            // liveness touches nothing: it stays 200 while the database is down
            http.get("/health/live", null).hasStatus(200);

            Timed downAnswer = health.get(20, TimeUnit.SECONDS);
            Reply down = downAnswer.reply().isProblem(503);
            assertThat(down.text("detail")).contains("database");
            assertThat(down.json().path("down").toString()).isEqualTo("[\"database\"]");
            assertThat(down.text("database")).isEqualTo("DOWN");
            // a load balancer's health check (often 2 s) gets its answer in time: before, it took 5 s
            assertThat(downAnswer.elapsed()).as("time to the 503 of /health").isLessThan(FAIL_FAST);
            for (CompletableFuture<Timed> call : List.of(read, write, create)) {
                Timed answer = call.get(20, TimeUnit.SECONDS);
                Reply refused = answer.reply().isProblem(503);
                assertThat(refused.text("dependency")).isEqualTo("database");
                assertThat(answer.elapsed()).as("time to a request's 503").isLessThan(FAIL_FAST);
            }
            // and so does each later request of the outage
            for (String path : List.of("/health", "/api/v1/me")) {
                long start = System.nanoTime();
                http.get(path, path.equals("/health") ? null : ana.token()).isProblem(503);
                assertThat(Duration.ofNanos(System.nanoTime() - start))
                        .as("time to the 503 of " + path)
                        .isLessThan(FAIL_FAST);
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
