package dev.livechat.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** Reads a text/event-stream over real HTTP/1.1 on a thread of its own; every wait is bounded. */
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
    final String contentType;
    private final InputStream body;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final AtomicInteger comments = new AtomicInteger();
    private volatile boolean ended;

    private SseClient(HttpResponse<InputStream> response) {
        this.status = response.statusCode();
        this.contentType = response.headers().firstValue("Content-Type").orElse("");
        this.body = response.body();
        if (status == 200) {
            Thread reader = new Thread(this::read, "sse-test-reader");
            reader.setDaemon(true);
            reader.start();
        }
    }

    static SseClient open(Http http, String token, Long lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri("/api/v1/events"))
                .timeout(Duration.ofSeconds(5))
                .header("Accept", "text/event-stream")
                .GET();
        if (token != null) request.header("Authorization", "Bearer " + token);
        if (lastEventId != null) request.header("Last-Event-ID", String.valueOf(lastEventId));
        try {
            return new SseClient(http.client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The body of a refused subscription. */
    Reply refusal() throws IOException {
        HttpHeaders headers = HttpHeaders.of(Map.of("Content-Type", List.of(contentType)), (name, value) -> true);
        return new Reply(status, headers, new String(body.readAllBytes(), StandardCharsets.UTF_8));
    }

    Event next(Duration timeout) {
        try {
            Event event = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(event).as("an event within %s", timeout).isNotNull();
            return event;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Every event up to and including the first that matches. */
    List<Event> until(Predicate<Event> last, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Event> seen = new ArrayList<>();
        while (true) {
            Duration left = Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
            Event event;
            try {
                event = events.poll(left.toMillis() + 1, TimeUnit.MILLISECONDS);
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

    /** What arrived within the time, without waiting for more. */
    List<Event> drain(Duration quiet) throws InterruptedException {
        List<Event> seen = new ArrayList<>();
        Event event;
        while ((event = events.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) seen.add(event);
        return seen;
    }

    int comments() {
        return comments.get();
    }

    boolean ended() {
        return ended;
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
                } else if (line.startsWith(":")) comments.incrementAndGet();
                else if (line.startsWith("id: ")) id = Long.parseLong(line.substring(4));
                else if (line.startsWith("event: ")) type = line.substring(7);
                else if (line.startsWith("data: ")) data.append(line.substring(6));
            }
        } catch (IOException closed) {
            // the test closed the stream
        } finally {
            ended = true;
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
