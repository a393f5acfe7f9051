package dev.livechat.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Files sent to and read from a server over loopback: a raw body, a multipart form, a download. */
public final class Uploads {
    /** A download's answer, its body as bytes. */
    public record Download(int status, HttpHeaders headers, byte[] body) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final Http http;

    public Uploads(Http http) {
        this.http = http;
    }

    /** The file as the raw body with this Content-Type (none if null) and {@code ?filename=} (none if null). */
    public Reply raw(String path, String token, String contentType, String filename, byte[] content) {
        String target = filename == null
                ? path
                : path + "?filename="
                        + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(target))
                .timeout(Http.TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content));
        if (token != null) request.header("Authorization", "Bearer " + token);
        if (contentType != null) request.header("Content-Type", contentType);
        return http.send(request.build());
    }

    /** The file as the part {@code file} of a multipart/form-data body, with this filename and Content-Type. */
    public Reply multipart(String path, String token, String filename, String contentType, byte[] content) {
        String boundary = "----livechat" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                + "\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path))
                .timeout(Http.TIMEOUT)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) request.header("Authorization", "Bearer " + token);
        return http.send(request.build());
    }

    public Download download(String path, String token) {
        return get("GET", path, token);
    }

    public Download head(String path, String token) {
        return get("HEAD", path, token);
    }

    private Download get(String method, String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path))
                .timeout(Http.TIMEOUT)
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) request.header("Authorization", "Bearer " + token);
        try {
            HttpResponse<byte[]> response = http.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
