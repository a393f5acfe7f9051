package dev.livechat.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run of the class-data archive {@code livechat.jsa}, which {@code mvn package} makes
 * next to the jar: starts the service as {@code java -jar livechat.jar --demo} does, on a throwaway
 * embedded database and a free port, sends the requests a first visitor and operator send, and
 * stops. The JVM runs it with {@code -XX:ArchiveClassesAtExit}, so at exit it writes every class
 * loaded by then into the archive; a start with {@code -XX:SharedArchiveFile} maps them instead of
 * reading, verifying and linking about 7,500 classes one by one (README, "JVM flags").
 */
public final class Training {
    private Training() {}

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("livechat-training");
        try {
            Map<String, String> environment = Map.of(
                    "LIVECHAT_DATA_DIR", dir.toString(),
                    "LIVECHAT_HOST", "127.0.0.1",
                    "LIVECHAT_PORT", "0");
            try (LiveChatService service = LiveChatService.start(environment, true)) {
                var seeded = new DemoData(service.chat())
                        .seedIfEmpty("training-manager-token-0123456789")
                        .orElseThrow();
                String base = "http://127.0.0.1:" + service.port();
                String manager = "Bearer training-manager-token-0123456789";
                String conversation =
                        "/api/v1/conversations/" + seeded.inProgress().value();
                request(base + "/health", null, null);
                request(base + "/api/v1/me", manager, null);
                request(base + "/api/v1/conversations?status=LOOKING_FOR_HELP", manager, null);
                request(base + conversation + "/panel", manager, null);
                request(base + conversation + "/messages", manager, "{\"body\":\"Training\"}");
                request(
                        base + "/api/v1/conversations",
                        null,
                        "{\"channelId\":\"" + seeded.website().value() + "\",\"visitor\":{\"name\":\"Marie\"},"
                                + "\"message\":\"Hello\"}");
                request(base + "/openapi.json", null, null);
                request(base + "/", null, null);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Any answer will do: the point is the classes that serving it loads, not what it says. */
    private static void request(String url, String authorization, String jsonBody) throws IOException {
        HttpURLConnection connection =
                (HttpURLConnection) URI.create(url).toURL().openConnection();
        if (authorization != null) connection.setRequestProperty("Authorization", authorization);
        if (jsonBody != null) {
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = connection.getOutputStream()) {
                out.write(jsonBody.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = connection.getResponseCode();
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            if (in != null) in.readAllBytes();
        }
        System.out.println("training: " + status + " " + url.replaceFirst("^http://[^/]+", ""));
    }
}
