package dev.livechat.testsupport;

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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Reads {@code GET /api/v1/events} (text/event-stream) over real HTTP/1.1 on a thread of its own;
 * every wait is bounded. {@link #open} expects the stream to be granted; {@link #attempt} takes
 * whatever the server answers, for the tests of refusals.
 */
public final class SseClient implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One event: its {@code id} (-1 without one), its {@code event} type ("message" by default) and data. */
    public record Event(long id, String type, String data) {
        public JsonNode json() {
            try {
                return JSON.readTree(data);
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON: " + data, e);
            }
        }

        public String conversationId() {
            return json().path("conversationId").asText();
        }
    }

    public final int status;
    public final String contentType;
    private final InputStream body;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final AtomicInteger comments = new AtomicInteger();
    private final CountDownLatch ended = new CountDownLatch(1);

    private SseClient(HttpResponse<InputStream> response) {
        this.status = response.statusCode();
        this.contentType = response.headers().firstValue("Content-Type").orElse("");
        this.body = response.body();
        if (status == 200) {
            Thread reader = new Thread(this::read, "sse-test-reader");
            reader.setDaemon(true);
            reader.start();
        } else {
            ended.countDown(); // a refusal is no stream; its body is read by refusal()
        }
    }

    /** Subscribes, and asserts that the stream is granted (200). */
    public static SseClient open(Http http, String token, Long lastEventId) {
        SseClient client = attempt(http, token, lastEventId);
        if (client.status != 200) client.close();
        assertThat(client.status).as("status of the event stream").isEqualTo(200);
        return client;
    }

    /** Subscribes with whatever token (none: null) and takes the answer as it is: 200, 401, 403 … */
    public static SseClient attempt(Http http, String token, Long lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri("/api/v1/events"))
                .timeout(Duration.ofSeconds(10))
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
    public Reply refusal() throws IOException {
        HttpHeaders headers = HttpHeaders.of(Map.of("Content-Type", List.of(contentType)), (name, value) -> true);
        return new Reply(status, headers, new String(body.readAllBytes(), StandardCharsets.UTF_8));
    }

    /** The next event, which must come within the time. */
    public Event next(Duration timeout) {
        try {
            Event event = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(event).as("an event within %s", timeout).isNotNull();
            return event;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Every event up to and including the first that matches, which must come within the time. */
    public List<Event> until(Predicate<Event> last, Duration timeout) {
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

    /** What arrives until nothing has come for {@code quiet}. */
    public List<Event> drain(Duration quiet) throws InterruptedException {
        List<Event> seen = new ArrayList<>();
        Event event;
        while ((event = events.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) seen.add(event);
        return seen;
    }

    /** How many comment lines (heartbeats) came so far. */
    public int comments() {
        return comments.get();
    }

    /** Whether the stream has ended (closed by either side). */
    public boolean ended() {
        return ended.getCount() == 0;
    }

    /** Whether the stream ends within the time. */
    public boolean endsWithin(Duration timeout) throws InterruptedException {
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
                } else if (line.startsWith(":")) comments.incrementAndGet();
                else if (line.startsWith("id:")) id = Long.parseLong(value(line, 3));
                else if (line.startsWith("event:")) type = value(line, 6);
                else if (line.startsWith("data:")) data.append(value(line, 5));
            }
        } catch (IOException closed) {
            // the stream was closed by either side
        } finally {
            ended.countDown();
        }
    }

    /** A field's value: after the colon, without the one space that may follow it (the SSE format). */
    private static String value(String line, int colon) {
        return line.startsWith(" ", colon) ? line.substring(colon + 1) : line.substring(colon);
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
