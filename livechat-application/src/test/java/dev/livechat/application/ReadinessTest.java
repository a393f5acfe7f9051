package dev.livechat.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.access.TokenHash;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /health/ready} says UP only when a client would find what it came for: --demo's data too. */
class ReadinessTest {
    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void with_demo_the_service_is_not_ready_until_the_data_is_seeded() throws Exception {
        try (LiveChatService service = start(true)) {
            HttpResponse<String> before = get(service, "/health/ready");
            assertThat(before.statusCode()).isEqualTo(503);
            assertThat(before.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(before.body()).contains("startup");
            assertThat(get(service, "/health").statusCode())
                    .as("/health keeps its meaning")
                    .isEqualTo(200);

            assertThat(new DemoData(service.chat()).seedIfEmpty(TokenHash.newToken()))
                    .isPresent();
            service.startedUp(); // what Main does once seeding is over

            HttpResponse<String> after = get(service, "/health/ready");
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(after.body()).contains("\"status\":\"UP\"", "\"database\":\"UP\"");
        }
    }

    @Test
    void without_demo_the_service_is_ready_once_started() throws Exception {
        try (LiveChatService service = start(false)) {
            assertThat(get(service, "/health/ready").statusCode()).isEqualTo(200);
        }
    }

    private LiveChatService start(boolean demo) {
        Config config = Config.from(Map.of("LIVECHAT_PORT", "0", "LIVECHAT_DATA_DIR", dir.toString()), demo);
        return LiveChatService.start(config, Clock.systemUTC());
    }

    private HttpResponse<String> get(LiveChatService service, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
