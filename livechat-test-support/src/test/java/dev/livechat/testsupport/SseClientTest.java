package dev.livechat.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The event-stream reader against a tiny server that answers a fixed stream, then ends it. */
class SseClientTest {
    static final Duration WAIT = Duration.ofSeconds(5);

    HttpServer server;
    Http http;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/events", exchange -> {
            boolean allowed = "Bearer good".equals(exchange.getRequestHeaders().getFirst("Authorization"));
            String body = allowed
                    ? ": hello\n\nid: 1\nevent: message.posted\ndata: {\"conversationId\":\"c1\"}\n\n"
                            + ":heartbeat\n\nid:2\nevent:conversation.closed\ndata:{\"conversationId\":\"c2\"}\n\n"
                    : "{\"status\":401}";
            exchange.getResponseHeaders()
                    .add("Content-Type", allowed ? "text/event-stream" : "application/problem+json");
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(allowed ? 200 : 401, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        http = new Http(server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void readsIdsTypesAndDataWithOrWithoutTheSpaceAfterTheColonAndCountsComments() throws Exception {
        try (SseClient stream = SseClient.open(http, "good", null)) {
            List<SseClient.Event> events = stream.until(e -> e.id() == 2, WAIT);

            assertThat(events)
                    .extracting(SseClient.Event::id, SseClient.Event::type, SseClient.Event::conversationId)
                    .containsExactly(tuple(1L, "message.posted", "c1"), tuple(2L, "conversation.closed", "c2"));
            assertThat(stream.endsWithin(WAIT)).isTrue();
            assertThat(stream.ended()).isTrue();
            assertThat(stream.comments()).isEqualTo(2);
        }
    }

    @Test
    void anAttemptTakesARefusalAsItIs() throws Exception {
        try (SseClient refused = SseClient.attempt(http, "bad", null)) {
            assertThat(refused.status).isEqualTo(401);
            assertThat(refused.refusal().json().path("status").asInt()).isEqualTo(401);
        }
    }
}
