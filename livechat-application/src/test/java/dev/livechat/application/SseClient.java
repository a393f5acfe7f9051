package dev.livechat.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Reads {@code GET /api/v1/events} (text/event-stream) on a thread of its own; every wait is bounded. */
final class SseClient implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Event(long id, String type, String data) {
        JsonNode json() {
            try {
                return JSON.readTree(data);
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON: " + data, e);
            }
        }

        String conversationId() {
            return json().path("conversationId").asText();
        }
    }

    final int status;
    private final InputStream body;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CountDownLatch ended = new CountDownLatch(1);

    private SseClient(HttpResponse<InputStream> response) {
        this.status = response.statusCode();
        this.body = response.body();
        Thread reader = new Thread(this::read, "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static SseClient open(Http http, String token, Long lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri("/api/v1/events"))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token)
                .GET();
        if (lastEventId != null) request.header("Last-Event-ID", String.valueOf(lastEventId));
        try {
            SseClient client =
                    new SseClient(http.client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
            assertThat(client.status).as("status of the event stream").isEqualTo(200);
            return client;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Every event up to and including the first that matches, which must come within the time. */
    List<Event> until(Predicate<Event> last, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Event> seen = new ArrayList<>();
        while (true) {
            long left = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
            Event event;
            try {
                event = events.poll(left, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            assertThat(event)
                    .as("a matching event within %s; seen %s", timeout, seen)
                    .isNotNull();
            seen.add(event);
            if (last.test(event)) return seen;
        }
    }

    /** Whether the server ended the stream within the time. */
    boolean endsWithin(Duration timeout) throws InterruptedException {
        return ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            long id = -1;
            String type = "message";
            StringBuilder data = new StringBuilder();
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isEmpty()) {
                    if (data.length() > 0) events.add(new Event(id, type, data.toString()));
                    id = -1;
                    type = "message";
                    data.setLength(0);
                } else if (line.startsWith("id:"))
                    id = Long.parseLong(line.substring(3).strip());
                else if (line.startsWith("event:")) type = line.substring(6).strip();
                else if (line.startsWith("data:")) data.append(line.substring(5).stripLeading());
                // lines starting with ':' are heartbeats
            }
        } catch (IOException closed) {
            // the stream was closed by either side
        } finally {
            ended.countDown();
        }
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
