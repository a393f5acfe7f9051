package dev.livechat.application;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** A bootstrap token that cannot take effect says so, instead of leaving every request a 401. */
class BootstrapTokenTest {
    private static final String FIRST = "first-manager-token-0123456789";

    @TempDir
    Path dir;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(LiveChatService.class);

    @BeforeEach
    void capture() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void release() {
        logger.detachAppender(log);
    }

    @Test
    void a_second_token_on_a_database_with_a_manager_is_a_warning_naming_what_to_do() {
        startAndStop(FIRST);
        assertThat(warnings()).isEmpty();

        startAndStop("another-token-that-nobody-knows");

        assertThat(warnings())
                .singleElement()
                .asString()
                .contains("LIVECHAT_BOOTSTRAP_TOKEN ignored", "already has a manager", "LIVECHAT_DATA_DIR");
    }

    @Test
    void the_managers_own_token_on_a_restart_is_no_warning() {
        startAndStop(FIRST);
        startAndStop(FIRST);
        assertThat(warnings()).isEmpty();
    }

    /**
     * The server listens while the storage still boots (LiveChatService.start): a caller that uses the
     * token as soon as the port takes connections is held until the manager exists, never told 401.
     */
    @Test
    void the_very_first_request_the_port_takes_is_answered_with_the_bootstrapped_manager() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Config config = Config.from(
                Map.of(
                        "LIVECHAT_HOST",
                        "127.0.0.1",
                        "LIVECHAT_PORT",
                        String.valueOf(port),
                        "LIVECHAT_DATA_DIR",
                        dir.toString(),
                        "LIVECHAT_BOOTSTRAP_TOKEN",
                        FIRST),
                false);
        var starting = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> LiveChatService.start(config, Clock.systemUTC()));
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest me = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/me"))
                .header("Authorization", "Bearer " + FIRST)
                .timeout(Duration.ofSeconds(30))
                .build();
        HttpResponse<String> first = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (first == null && System.nanoTime() < deadline) {
            try {
                first = client.send(me, HttpResponse.BodyHandlers.ofString());
            } catch (java.net.ConnectException notListeningYet) {
                Thread.sleep(2);
            }
        }
        try (LiveChatService service = starting.get(30, java.util.concurrent.TimeUnit.SECONDS)) {
            assertThat(first).as("the port took a connection").isNotNull();
            assertThat(first.statusCode()).isEqualTo(200);
        }
    }

    private List<String> warnings() {
        return log.list.stream()
                .filter(e -> e.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
    }

    private void startAndStop(String token) {
        Config config = Config.from(
                Map.of("LIVECHAT_PORT", "0", "LIVECHAT_DATA_DIR", dir.toString(), "LIVECHAT_BOOTSTRAP_TOKEN", token),
                false);
        LiveChatService.start(config, Clock.systemUTC()).close();
    }
}
