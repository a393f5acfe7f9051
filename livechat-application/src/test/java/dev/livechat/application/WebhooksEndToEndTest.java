package dev.livechat.application;

import static dev.livechat.application.Instance.conversation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.livechat.application.Instance.User;
import dev.livechat.application.Instance.Visitor;
import dev.livechat.application.WebhookReceiver.Mode;
import dev.livechat.application.WebhookReceiver.Received;
import dev.livechat.testsupport.PgSchema;
import dev.livechat.testsupport.Reply;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Webhooks through the service as main starts it (embedded H2), to a receiver on loopback that
 * fails, times out and recovers: every event arrives, signed, in each conversation's order, none
 * lost across a restart and none sent again once acknowledged.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WebhooksEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(40);
    static final List<String> EVENTS = List.of("conversation.started", "message.posted", "conversation.closed");

    @TempDir
    Path data;

    private WebhookReceiver receiver;
    private Instance one;

    static Map<String, String> env(Path data, String... more) {
        return E2e.env(
                data,
                E2e.concat(
                        new String[] {
                            "LIVECHAT_WEBHOOKS_ALLOW_PRIVATE", "true",
                            "LIVECHAT_WEBHOOKS_FIRST_RETRY", "PT0.2S",
                            "LIVECHAT_RATE_LIMITS", "off"
                        },
                        more));
    }

    @BeforeEach
    void start() {
        receiver = new WebhookReceiver();
        one = Instance.start(env(data));
    }

    @AfterEach
    void stop() {
        if (one != null) one.close();
        receiver.close();
    }

    static Reply subscribe(Instance one, String url, List<String> events) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("url", url);
        body.put("events", events);
        return one.http.post("/api/v1/webhooks", E2e.ADMIN, body).hasStatus(201);
    }

    /** A conversation with {@code messages} visitor messages after its first, then closed: 2 + messages + 1 events. */
    static Visitor conversationWith(Instance one, String channel, String name, int messages) {
        Visitor visitor = one.start(channel, "en", name, "Hello");
        for (int i = 1; i <= messages; i++)
            one.http
                    .post(conversation(visitor.id(), "/messages"), visitor.token(), Map.of("body", "Message " + i))
                    .hasStatus(201);
        one.http
                .post(conversation(visitor.id(), "/close"), visitor.token(), null)
                .hasStatus(200);
        return visitor;
    }

    @Test
    void everyEventReachesAReceiverThatFailsTimesOutAndRecoversSignedAndInOrder() {
        Reply hook = subscribe(one, receiver.url(), EVENTS);
        String secret = hook.text("secret");
        String channel = one.channel("Webhooks");
        User owner = one.operator("Wanda Webhook", "en", "BE", List.of(), channel);
        one.presence(owner, "ONLINE");

        receiver.failNext(3);
        receiver.mode(Mode.TIME_OUT);
        Visitor first = one.start(channel, "en", "Tim Eout", "Hello");
        E2e.await(WAIT, "a first try that times out", () -> receiver.received.size() >= 4);
        receiver.mode(Mode.ACKNOWLEDGE);
        one.http
                .post(conversation(first.id(), "/messages"), first.token(), Map.of("body", "Still there?"))
                .hasStatus(201);
        Visitor second = conversationWith(one, channel, "Sam Second", 3);
        one.http.post(conversation(first.id(), "/close"), first.token(), null).hasStatus(200);

        Map<String, Integer> events = Map.of(first.id(), eventsOf(one, first), second.id(), eventsOf(one, second));
        int expected = events.values().stream().mapToInt(Integer::intValue).sum();
        E2e.await(WAIT, expected + " acknowledged", () -> receiver.acknowledged.size() >= expected);
        assertDeliveredOnceEachInOrder(receiver, secret, events);

        List<Received> tries = new ArrayList<>(receiver.received);
        assertThat(tries)
                .as("the failed tries and the timed-out one came again")
                .hasSizeGreaterThan(expected + 3);
        Reply deliveries = one.http
                .get("/api/v1/webhooks/" + hook.text("id") + "/deliveries", E2e.ADMIN)
                .hasStatus(200);
        assertThat(deliveries.json()).hasSize(expected);
        deliveries.json().forEach(d -> assertThat(d.path("state").asText()).isEqualTo("DELIVERED"));
        var started = deliveries.json().get(expected - 1);
        assertThat(started.path("event").asText()).isEqualTo("conversation.started");
        assertThat(started.path("attempts").asInt())
                .as("3 failures, a timeout, then the ack")
                .isEqualTo(5);
        assertThat(started.path("lastStatus").asInt()).isEqualTo(204);
        assertThat(started.path("lastError").isNull()).isTrue();
    }

    @Test
    void noneIsLostAcrossARestartAndNoneIsSentAgainOnceAcknowledged() throws Exception {
        acrossARestart();
    }

    @Test
    void noneIsLostAcrossARestartOnPostgres() throws Exception {
        assumeTrue(PgSchema.enabled(), "PostgreSQL tests run with -Ppostgres");
        try (PgSchema schema = new PgSchema()) {
            one.close();
            one = null;
            one = Instance.start(env(data, schema.env(schema.jdbcUrl())));
            acrossARestart(schema.env(schema.jdbcUrl()));
            one.close();
            one = null;
        }
    }

    private void acrossARestart(String... database) throws Exception {
        String secret = subscribe(one, receiver.url(), EVENTS).text("secret");
        String channel = one.channel("Restarts");
        receiver.mode(Mode.FAIL);
        Visitor before = conversationWith(one, channel, "Rea Start", 2);
        E2e.await(WAIT, "tries while the receiver fails", () -> receiver.received.size() >= 2);
        one.close();
        one = null;

        receiver.mode(Mode.ACKNOWLEDGE);
        one = Instance.start(env(data, database));
        Visitor after = conversationWith(one, channel, "Al After", 1);
        Map<String, Integer> events = Map.of(before.id(), eventsOf(one, before), after.id(), eventsOf(one, after));
        int expected = events.values().stream().mapToInt(Integer::intValue).sum();
        E2e.await(WAIT, expected + " acknowledged", () -> receiver.acknowledged.size() >= expected);
        // well past several retry periods: an acknowledged delivery is never tried again
        Thread.sleep(1_500);
        assertDeliveredOnceEachInOrder(receiver, secret, events);
    }

    @Test
    void aWebhookIsValidatedShownWithoutItsSecretAndRemoved() {
        Reply bad = one.http.post(
                "/api/v1/webhooks",
                E2e.ADMIN,
                Map.of("url", "ftp://hooks.example.com/", "events", List.of("message.posted")));
        bad.isProblem(400).namesFields("url");
        one.http
                .post(
                        "/api/v1/webhooks",
                        E2e.ADMIN,
                        Map.of("url", receiver.url(), "events", List.of("message.posted", "message.deleted")))
                .isProblem(400)
                .namesFields("events[1]");
        one.http
                .post(
                        "/api/v1/webhooks",
                        E2e.ADMIN,
                        Map.of("url", receiver.url(), "events", List.of("message.posted"), "secret", "short"))
                .isProblem(400)
                .namesFields("secret");
        assertThat(one.http.get("/api/v1/webhooks", E2e.ADMIN).hasStatus(200).json())
                .isEmpty();

        Map<String, Object> body = Map.of(
                "url", receiver.url(), "events", List.of("rating.created"), "secret", "my-own-secret-0123456789");
        Reply created = one.http.post("/api/v1/webhooks", E2e.ADMIN, body).hasStatus(201);
        assertThat(created.text("secret")).isEqualTo("my-own-secret-0123456789");
        String id = created.text("id");
        Reply listed = one.http.get("/api/v1/webhooks", E2e.ADMIN).hasStatus(200);
        assertThat(listed.ids()).containsExactly(id);
        assertThat(listed.body()).doesNotContain("my-own-secret");
        Reply read = one.http.get("/api/v1/webhooks/" + id, E2e.ADMIN).hasStatus(200);
        assertThat(read.body()).doesNotContain("my-own-secret");
        assertThat(read.json().path("events").toString()).isEqualTo("[\"rating.created\"]");

        String channel = one.channel("Members");
        User operator = one.operator("Otto Operator", "en", "BE", List.of(), channel);
        one.http.get("/api/v1/webhooks", operator.token()).isProblem(403);
        one.http.post("/api/v1/webhooks", operator.token(), body).isProblem(403);

        one.http.delete("/api/v1/webhooks/" + id, E2e.ADMIN).hasStatus(204);
        one.http.get("/api/v1/webhooks/" + id, E2e.ADMIN).isProblem(404);
        one.http.get("/api/v1/webhooks/" + id + "/deliveries", E2e.ADMIN).isProblem(404);
    }

    @Test
    void aRatingAndAnOfflineMessageReachTheirSubscribersSigned() {
        String secret = subscribe(one, receiver.url(), List.of("rating.created", "offline-message.created"))
                .text("secret");
        String channel = one.channel("Ratings and offline messages");
        Visitor rater = one.start(channel, "en", "Rita Rater", "Hello");
        one.http.post(conversation(rater.id(), "/close"), rater.token(), null).hasStatus(200);
        one.http
                .post(conversation(rater.id(), "/rating"), rater.token(), Map.of("score", 4, "comment", "Quick"))
                .hasStatus(201);
        one.http
                .post(
                        "/api/v1/channels/" + channel + "/offline-messages",
                        null,
                        Map.of("name", "Olive Offline", "email", "olive@example.org", "message", "Call me back"))
                .hasStatus(202);

        E2e.await(WAIT, "2 acknowledged", () -> receiver.acknowledged.size() >= 2);
        Map<String, Received> byEvent = new java.util.HashMap<>();
        for (Received r : receiver.acknowledged) {
            assertThat(WebhookReceiver.signedWith(secret, r)).as("signature").isTrue();
            byEvent.put(r.event(), r);
        }
        assertThat(byEvent).containsOnlyKeys("rating.created", "offline-message.created");
        var rating = byEvent.get("rating.created").json().path("data");
        assertThat(rating.path("conversationId").asText()).isEqualTo(rater.id());
        assertThat(rating.path("score").asInt()).isEqualTo(4);
        var offline = byEvent.get("offline-message.created").json().path("data");
        assertThat(offline.path("channelId").asText()).isEqualTo(channel);
        assertThat(offline.path("email").asText()).isEqualTo("olive@example.org");
        assertThat(offline.path("message").asText()).isEqualTo("Call me back");
    }

    /** The subscribed events of a closed conversation: its start, each message (the service's own too), its close. */
    static int eventsOf(Instance one, Visitor visitor) {
        return 2
                + one.http
                        .get(conversation(visitor.id(), "/messages"), E2e.ADMIN)
                        .hasStatus(200)
                        .json()
                        .size();
    }

    /**
     * Every acknowledged request is signed with the secret, each delivery id acknowledged once, and
     * each conversation's events acknowledged in their order, as many as expected.
     */
    static void assertDeliveredOnceEachInOrder(
            WebhookReceiver receiver, String secret, Map<String, Integer> eventsPerConversation) {
        Set<String> ids = new HashSet<>();
        for (Received r : receiver.acknowledged) {
            assertThat(WebhookReceiver.signedWith(secret, r))
                    .as("signature of " + r.delivery())
                    .isTrue();
            assertThat(ids.add(r.delivery()))
                    .as("acknowledged once: " + r.delivery())
                    .isTrue();
            assertThat(r.json().path("id").asText()).isEqualTo(r.delivery());
            assertThat(r.json().path("event").asText()).isEqualTo(r.event());
        }
        for (Received r : receiver.received)
            assertThat(WebhookReceiver.signedWith(secret, r))
                    .as("signature of a try")
                    .isTrue();
        eventsPerConversation.forEach((conversation, count) -> {
            List<Received> of = receiver.acknowledgedOf(conversation);
            assertThat(of).as("events of " + conversation).hasSize(count);
            assertThat(of.stream()
                            .map(r -> r.json().path("data").path("seq").asLong())
                            .toList())
                    .as("in the conversation's order")
                    .isSorted()
                    .doesNotHaveDuplicates();
            assertThat(of.get(0).event()).isEqualTo("conversation.started");
            assertThat(of.get(count - 1).event()).isEqualTo("conversation.closed");
        });
    }

    @Test
    void deliveriesDoneLongerAgoThanTheirPeriodArePrunedAndTheListingShowsWhatIsLeft() {
        one.close();
        dev.livechat.domain.fixtures.MutableClock clock =
                new dev.livechat.domain.fixtures.MutableClock(java.time.Instant.now());
        one = Instance.start(env(data, "LIVECHAT_WEBHOOK_DELIVERY_RETENTION", "P1D"), clock);
        String id =
                subscribe(one, receiver.url(), List.of("conversation.started")).text("id");
        String channel = one.channel("Pruning");
        one.start(channel, "en", "Old Timer", "Hello");
        E2e.await(WAIT, "the first delivered", () -> states(one, id).equals(List.of("DELIVERED")));

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        one.start(channel, "en", "New Comer", "Hello");
        E2e.await(WAIT, "the second delivered", () -> states(one, id).equals(List.of("DELIVERED", "DELIVERED")));

        assertThat(one.service.pruneWebhookDeliveries()).isEqualTo(1);
        assertThat(states(one, id)).containsExactly("DELIVERED");
        assertThat(one.service.pruneWebhookDeliveries()).isZero();
    }

    private static List<String> states(Instance one, String webhook) {
        List<String> states = new ArrayList<>();
        one.http
                .get("/api/v1/webhooks/" + webhook + "/deliveries", E2e.ADMIN)
                .hasStatus(200)
                .json()
                .forEach(d -> states.add(d.path("state").asText()));
        return states;
    }
}
