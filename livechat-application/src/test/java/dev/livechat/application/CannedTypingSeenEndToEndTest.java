package dev.livechat.application;

import static dev.livechat.application.Instance.conversation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.livechat.application.Instance.User;
import dev.livechat.application.Instance.Visitor;
import dev.livechat.testsupport.PgSchema;
import dev.livechat.testsupport.Reply;
import dev.livechat.testsupport.SseClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Canned responses, typing and seen through the whole service (HTTP, the domain, the real
 * database, the event stream), on the embedded default and on PostgreSQL; and typing across two
 * instances on PostgreSQL, where it travels as a NOTIFY payload. The one-per-second rule and the
 * 6 s lapse are proved with a controlled clock in the domain and REST adapter tests
 * (TypingBoardTest, TypingAndSeenApiTest); here the clock is the system's.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class CannedTypingSeenEndToEndTest {
    static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path data;

    @TempDir
    Path dataB;

    final List<AutoCloseable> open = new ArrayList<>();
    PgSchema schema;

    @AfterEach
    void stop() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) open.get(i).close();
        if (schema != null) schema.close();
    }

    Instance start(Path dir, String[] database) {
        Instance service = Instance.start(E2e.env(dir, E2e.concat(database, "LIVECHAT_RATE_LIMITS", "off")));
        open.add(service);
        return service;
    }

    String[] postgres() {
        assumeTrue(PgSchema.enabled(), "PostgreSQL tests run with -Ppostgres");
        schema = new PgSchema();
        return schema.env(schema.jdbcUrl());
    }

    @Test
    void onH2() throws Exception {
        everyFeatureEndToEnd(start(data, new String[0]));
    }

    @Test
    void onPostgres() throws Exception {
        everyFeatureEndToEnd(start(data, postgres()));
    }

    @Test
    void typingThroughOneInstanceReachesTheStreamsOfAnother() {
        String[] database = postgres();
        Instance a = start(data, database);
        Instance b = start(dataB, database);
        String channel = a.channel("Two desks");
        User anne = a.operator("Anne Deux", "en", "BE", List.of(), channel);
        a.presence(anne, "ONLINE");
        Visitor visitor = a.start(channel, "en", "Vera Visitor", "Hello");
        try (SseClient onB = SseClient.open(b.http, anne.token(), null)) {
            // a stored event through A, seen on B: B's stream is live and hears A's instance
            a.http.post(conversation(visitor.id(), "/messages"), visitor.token(), Map.of("body", "Still there?"))
                    .hasStatus(201);
            onB.until(
                    e -> e.type().equals("message.posted") && e.conversationId().equals(visitor.id()), WAIT);

            a.http.put(conversation(visitor.id(), "/typing"), visitor.token(), Map.of("typing", true))
                    .hasStatus(204);

            SseClient.Event typing = last(onB.until(e -> e.type().equals("typing"), WAIT));
            assertThat(typing.id()).isEqualTo(-1);
            assertThat(typing.conversationId()).isEqualTo(visitor.id());
            assertThat(typing.json().path("author").path("name").asText()).isEqualTo("Vera Visitor");
            assertThat(typing.json().path("typing").asBoolean()).isTrue();
        }
    }

    static SseClient.Event last(List<SseClient.Event> events) {
        return events.get(events.size() - 1);
    }

    void everyFeatureEndToEnd(Instance service) throws Exception {
        String channel = service.channel("Canned desk");
        User anne = service.operator("Anne Canned", "en", "BE", List.of(), channel);
        service.presence(anne, "ONLINE");
        Visitor visitor = service.start(channel, "en", "Marie Curie", "Bonjour");
        String c = conversation(visitor.id(), "");

        // canned responses: written by the manager, listed, posted with the placeholders filled in
        service.http
                .put(
                        "/api/v1/canned-responses/Refund",
                        E2e.ADMIN,
                        Map.of("body", "{visitor.name}: {operator.name} ({channel.name}) will refund you."))
                .hasStatus(200);
        service.http
                .put("/api/v1/canned-responses/typo", E2e.ADMIN, Map.of("body", "{visitor.nam}"))
                .namesFields("body");
        assertThat(service.http
                        .get("/api/v1/canned-responses?prefix=re", anne.token())
                        .hasStatus(200)
                        .each("shortcut"))
                .containsExactly("Refund");
        Reply posted = service.http
                .post(c + "/messages", anne.token(), Map.of("cannedResponse", "refund"))
                .hasStatus(201);
        assertThat(posted.text("body")).isEqualTo("Marie Curie: Anne Canned (Canned desk) will refund you.");

        // typing reaches the other side's stream, with no id
        try (SseClient operators = SseClient.open(service.http, anne.token(), null)) {
            service.http
                    .post(c + "/messages", visitor.token(), Map.of("body", "ping"))
                    .hasStatus(201);
            operators.until(
                    e -> e.type().equals("message.posted") && e.conversationId().equals(visitor.id()), WAIT);
            service.http
                    .put(c + "/typing", visitor.token(), Map.of("typing", true))
                    .hasStatus(204);
            SseClient.Event typing = last(operators.until(e -> e.type().equals("typing"), WAIT));
            assertThat(typing.id()).isEqualTo(-1);
            assertThat(typing.json().path("side").asText()).isEqualTo("VISITOR");
        }

        // messages and read receipts of both sides at once: none refused, the marks end at the highest
        writersAndReadersAtOnce(service, c, visitor, anne);
    }

    void writersAndReadersAtOnce(Instance service, String c, Visitor visitor, User anne) throws Exception {
        int rounds = 30;
        AtomicLong visitorSaw = new AtomicLong();
        AtomicLong anneSaw = new AtomicLong();
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Void>> parties = new ArrayList<>();
            for (String token : List.of(visitor.token(), anne.token())) {
                AtomicLong saw = token.equals(visitor.token()) ? visitorSaw : anneSaw;
                parties.add(CompletableFuture.runAsync(
                        () -> {
                            for (int i = 0; i < rounds; i++) {
                                Reply p = service.http.post(c + "/messages", token, Map.of("body", "m" + i));
                                if (p.status() != 201) wrong.add("post " + p.status() + " " + p.body());
                                else saw.accumulateAndGet(p.json().path("seq").asLong(), Math::max);
                            }
                        },
                        pool));
                parties.add(CompletableFuture.runAsync(
                        () -> {
                            for (int i = 0; i < rounds; i++) {
                                Reply s = service.http.put(c + "/seen", token, Map.of("seq", saw.get()));
                                if (s.status() != 204) wrong.add("seen " + s.status() + " " + s.body());
                            }
                        },
                        pool));
            }
            for (CompletableFuture<Void> party : parties) party.get(120, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(wrong).as("refused writes").isEmpty();
        service.http
                .put(c + "/seen", visitor.token(), Map.of("seq", visitorSaw.get()))
                .hasStatus(204);
        service.http
                .put(c + "/seen", anne.token(), Map.of("seq", anneSaw.get()))
                .hasStatus(204);
        Reply marks = service.http.get(c + "/seen", visitor.token()).hasStatus(200);
        assertThat(marks.json().path("visitor").asLong()).isEqualTo(visitorSaw.get());
        assertThat(marks.json().path("operator").asLong()).isEqualTo(anneSaw.get());
        Reply panel = service.http.get(c + "/panel", anne.token()).hasStatus(200);
        assertThat(panel.json().path("seen").path("visitor").asLong()).isEqualTo(visitorSaw.get());
    }
}
