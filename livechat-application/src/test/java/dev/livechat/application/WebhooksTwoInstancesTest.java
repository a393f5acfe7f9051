package dev.livechat.application;

import static dev.livechat.application.Instance.conversation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.livechat.application.Instance.Visitor;
import dev.livechat.testsupport.PgSchema;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances on one PostgreSQL, both running webhook workers over one outbox: each delivery is
 * claimed by one of them, so the receiver acknowledges each once, and each conversation's events
 * arrive in order although conversations are written through both. Only with {@code -Ppostgres}.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WebhooksTwoInstancesTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dataA;

    @TempDir
    Path dataB;

    @Test
    void twoInstancesClaimEachDeliveryOnceAndKeepEachConversationsOrder() throws Exception {
        assumeTrue(PgSchema.enabled(), "PostgreSQL tests run with -Ppostgres");
        try (PgSchema schema = new PgSchema();
                WebhookReceiver receiver = new WebhookReceiver()) {
            String[] shared = schema.env(schema.jdbcUrl());
            try (Instance a = Instance.start(WebhooksEndToEndTest.env(dataA, shared));
                    Instance b = Instance.start(WebhooksEndToEndTest.env(dataB, shared))) {
                String secret = WebhooksEndToEndTest.subscribe(a, receiver.url(), WebhooksEndToEndTest.EVENTS)
                        .text("secret");
                // b has stored no event yet, so it reads the subscriptions at its first: none is missed
                // (one read before the subscription would see it at most a second later, docs/webhooks.md)
                String channel = b.channel("Both");
                receiver.failNext(5);

                ExecutorService pool = Executors.newFixedThreadPool(4);
                try {
                    List<Future<Visitor>> written = List.of(0, 1, 2, 3).stream()
                            .map(i -> pool.submit(() -> conversationThroughBoth(a, b, channel, i)))
                            .toList();
                    Map<String, Integer> events = new HashMap<>();
                    for (Future<Visitor> f : written) {
                        Visitor v = f.get(60, TimeUnit.SECONDS);
                        events.put(v.id(), WebhooksEndToEndTest.eventsOf(a, v));
                    }
                    int expected =
                            events.values().stream().mapToInt(Integer::intValue).sum();
                    E2e.await(WAIT, expected + " acknowledged", () -> receiver.acknowledged.size() >= expected);
                    Thread.sleep(1_500); // several retry periods of both workers: nothing comes twice
                    assertThat(receiver.acknowledged).hasSize(expected);
                    WebhooksEndToEndTest.assertDeliveredOnceEachInOrder(receiver, secret, events);
                } finally {
                    pool.shutdownNow();
                }
            }
        }
    }

    /** Started through one instance, written through both alternately, closed through the other. */
    private static Visitor conversationThroughBoth(Instance a, Instance b, String channel, int i) {
        Instance first = i % 2 == 0 ? a : b;
        Instance other = first == a ? b : a;
        Visitor visitor = first.start(channel, "en", "Both " + i, "Hello " + i);
        for (int m = 0; m < 6; m++)
            (m % 2 == 0 ? other : first)
                    .http
                    .post(conversation(visitor.id(), "/messages"), visitor.token(), Map.of("body", "Message " + m))
                    .hasStatus(201);
        other.http
                .post(conversation(visitor.id(), "/close"), visitor.token(), null)
                .hasStatus(200);
        return visitor;
    }
}
