package dev.livechat.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** A real HTTP/1.1 client of one server on 127.0.0.1 (loopback); every request has a timeout. */
public final class Http {
    /**
     * Longer than the service's wait for a pooled connection, so that a database outage answers
     * (503) before the client gives up.
     */
    public static final Duration TIMEOUT = Duration.ofSeconds(20);

    private static final ObjectMapper JSON = new ObjectMapper();

    final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    public final int port;

    public Http(int port) {
        this.port = port;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public Reply get(String path, String token) {
        return send("GET", path, token, null, Map.of());
    }

    public Reply post(String path, String token, Object body) {
        return send("POST", path, token, body, Map.of());
    }

    public Reply put(String path, String token, Object body) {
        return send("PUT", path, token, body, Map.of());
    }

    public Reply patch(String path, String token, Object body) {
        return send("PATCH", path, token, body, Map.of());
    }

    public Reply delete(String path, String token) {
        return send("DELETE", path, token, null, Map.of());
    }

    /** A body that is a String goes as is (for malformed JSON); anything else as JSON. */
    public Reply send(String method, String path, String token, Object body, Map<String, String> headers) {
        return send(request(method, path, token, body, headers));
    }

    public CompletableFuture<Reply> sendAsync(String method, String path, String token, Object body) {
        return client.sendAsync(request(method, path, token, body, Map.of()), HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> new Reply(r.statusCode(), r.headers(), r.body()));
    }

    /** The request {@link #send(String, String, String, Object, Map)} would send. */
    public HttpRequest request(String method, String path, String token, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT);
        if (token != null) request.header("Authorization", "Bearer " + token);
        headers.forEach(request::header);
        if (body != null) request.header("Content-Type", "application/json");
        request.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : json(body)));
        return request.build();
    }

    public Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
