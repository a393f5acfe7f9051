package dev.livechat.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.adapter.persistence.DatabaseSettings;
import dev.livechat.application.Instance.User;
import dev.livechat.testsupport.Reply;
import dev.livechat.testsupport.SseClient;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link LiveChatService#close()}, as the SIGTERM hook runs it: the service stops taking
 * connections at once, a request in flight still completes, event streams end, and the workers and
 * the event hub stop.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class GracefulShutdownTest {
    private static final Set<String> BACKGROUND =
            Set.of("livechat-worker", "livechat-transcripts", "livechat-event-hub");

    @TempDir
    Path data;

    @Test
    void aRequestInFlightCompletesWhileTheServiceStops() throws Exception {
        Set<Thread> before = background();
        Instance one = Instance.start(E2e.env(data));
        int port = one.service.port();
        String channel = one.channel("Support");
        User ana = one.operator("Ana Dupont", "fr", "BE", List.of(), channel);
        one.presence(ana, "ONLINE");
        Set<Thread> ours = background();
        ours.removeAll(before);
        assertThat(ours.stream().map(Thread::getName))
                .as("this service's background threads")
                .contains("livechat-worker", "livechat-event-hub");
        Instance.Visitor marie = one.start(channel, "fr-BE", "Marie", "Bonjour");
        SseClient stream = SseClient.open(one.http, ana.token(), null);

        CompletableFuture<Reply> inFlight;
        CompletableFuture<Void> closing;
        // The test holds the lock of the conversation's activity row (same embedded H2 database, same
        // JVM), which every save writes, so the visitor's message waits inside the handler.
        try (Connection lock =
                DriverManager.getConnection(DatabaseSettings.h2File(data).jdbcUrl(), "sa", "")) {
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.executeQuery("select conversation_id from conversation_activity where conversation_id = '"
                        + marie.id() + "' for update");
            }
            inFlight = one.http.sendAsync(
                    "POST",
                    "/api/v1/conversations/" + marie.id() + "/messages",
                    marie.token(),
                    Map.of("body", "Bonjour, juste avant la fermeture"));
            E2e.await(Duration.ofSeconds(5), "the request waits for the lock", () -> waitingForALock(lock));

            closing = CompletableFuture.runAsync(one::close);
            E2e.await(Duration.ofSeconds(5), "the port refuses new connections", () -> refuses(port));
            assertThat(stream.endsWithin(Duration.ofSeconds(5)))
                    .as("open event streams end")
                    .isTrue();
            assertThat(inFlight).as("the request in flight").isNotDone();
            assertThat(closing).as("close() waits for the request in flight").isNotDone();

            lock.rollback();
        }

        Reply answer = inFlight.get(15, TimeUnit.SECONDS).hasStatus(201);
        assertThat(answer.text("body")).isEqualTo("Bonjour, juste avant la fermeture");

        closing.get(15, TimeUnit.SECONDS); // and without an exception
        assertThat(refuses(port)).isTrue();
        for (Thread thread : ours) thread.join(5_000);
        assertThat(ours.stream().filter(Thread::isAlive).map(Thread::getName))
                .as("background threads still running after close()")
                .isEmpty();
        stream.close();

        // what the request wrote is there for the next start
        try (Instance again = Instance.start(E2e.env(data))) {
            assertThat(again.http
                            .get("/api/v1/conversations/" + marie.id() + "/messages", marie.token())
                            .hasStatus(200)
                            .each("body"))
                    .containsExactly("Bonjour", "Bonjour, juste avant la fermeture");
        }
    }

    private static boolean waitingForALock(Connection connection) {
        try (Statement statement = connection.createStatement();
                ResultSet blocked = statement.executeQuery(
                        "select count(*) from information_schema.sessions where blocker_id is not null")) {
            return blocked.next() && blocked.getLong(1) > 0;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static Set<Thread> background() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> BACKGROUND.contains(t.getName()) && t.isAlive())
                .collect(Collectors.toCollection(HashSet::new));
    }

    private static boolean refuses(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(E2e.HOST, port), 1_000);
            return false;
        } catch (ConnectException refused) {
            return true;
        } catch (IOException other) {
            return false;
        }
    }
}
