package dev.livechat.application.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * HTTP/1.1 over loopback to one service, every request with a timeout; each call is timed under
 * an endpoint name into the stats (when there are stats: seeding and warm-up are not recorded).
 */
final class LoadClient {
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An answer: status and parsed body (a missing node when the body is empty or not JSON). */
    record Reply(int status, JsonNode body) {
        String text(String field) {
            JsonNode node = body.path(field);
            return node.isMissingNode() || node.isNull() ? null : node.asText();
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient client;
    private final String base;
    private final EndpointStats stats;

    LoadClient(int port, EndpointStats stats) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        this.base = "http://127.0.0.1:" + port + "/api/v1";
        this.stats = stats;
    }

    /** The same connection pool, recording into other stats (or none). */
    LoadClient recordingInto(EndpointStats other) {
        return new LoadClient(this, other);
    }

    private LoadClient(LoadClient shared, EndpointStats stats) {
        this.client = shared.client;
        this.base = shared.base;
        this.stats = stats;
    }

    Reply call(String endpoint, String method, String path, String token, Object body, Map<String, String> headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
        if (token != null) request.header("Authorization", "Bearer " + token);
        headers.forEach(request::header);
        if (body != null) request.header("Content-Type", "application/json");
        request.method(
                method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json(body)));
        long started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            if (stats != null) stats.failed(endpoint, e.getClass().getSimpleName());
            return new Reply(0, JSON.missingNode());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (stats != null) stats.failed(endpoint, "interrupted");
            return new Reply(0, JSON.missingNode());
        }
        long nanos = System.nanoTime() - started;
        if (stats != null) stats.record(endpoint, nanos, response.statusCode());
        return new Reply(response.statusCode(), parse(response.body()));
    }

    Reply call(String endpoint, String method, String path, String token, Object body) {
        return call(endpoint, method, path, token, body, Map.of());
    }

    /** For seeding: anything but a 2xx stops the run. */
    Reply require(String method, String path, String token, Object body) {
        Reply reply = call("seed", method, path, token, body);
        if (!reply.ok())
            throw new IllegalStateException(method + " " + path + " answered " + reply.status() + ": " + reply.body());
        return reply;
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) return JSON.missingNode();
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return JSON.missingNode();
        }
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
