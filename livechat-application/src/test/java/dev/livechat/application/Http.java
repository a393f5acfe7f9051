package dev.livechat.application;

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

/** A real HTTP/1.1 client of one service instance on 127.0.0.1; every request has a timeout. */
final class Http {
    /** Longer than the pool's 5 s wait for a connection, so that a database outage answers before it. */
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private static final ObjectMapper JSON = new ObjectMapper();

    final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    final int port;

    Http(int port) {
        this.port = port;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    Reply get(String path, String token) {
        return send("GET", path, token, null, Map.of());
    }

    Reply post(String path, String token, Object body) {
        return send("POST", path, token, body, Map.of());
    }

    Reply put(String path, String token, Object body) {
        return send("PUT", path, token, body, Map.of());
    }

    Reply delete(String path, String token) {
        return send("DELETE", path, token, null, Map.of());
    }

    Reply send(String method, String path, String token, Object body, Map<String, String> headers) {
        return send(request(method, path, token, body, headers));
    }

    CompletableFuture<Reply> sendAsync(String method, String path, String token, Object body) {
        return client.sendAsync(request(method, path, token, body, Map.of()), HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> new Reply(r.statusCode(), r.headers(), r.body()));
    }

    HttpRequest request(String method, String path, String token, Object body, Map<String, String> headers) {
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

    Reply send(HttpRequest request) {
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

    static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
