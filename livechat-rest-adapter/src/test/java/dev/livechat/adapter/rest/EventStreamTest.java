package dev.livechat.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.adapter.rest.TestApi.User;
import dev.livechat.adapter.rest.TestApi.Visitor;
import dev.livechat.testsupport.Http;
import dev.livechat.testsupport.SseClient;
import dev.livechat.testsupport.SseClient.Event;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Server-Sent Events over real HTTP: visibility, resume with Last-Event-ID, heartbeats, instances. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventStreamTest {
    static final Duration WAIT = Duration.ofSeconds(5);

    TestApi t;
    Http http;

    @BeforeAll
    void start() {
        t = new TestApi();
        http = t.http;
    }

    @AfterAll
    void stop() {
        t.close();
    }

    static Predicate<Event> message(String body) {
        return e -> e.type().equals("message.posted")
                && e.json().path("message").path("body").asText().equals(body);
    }

    @Test
    void anOperatorReceivesItsChannelsEventsWithIdTypeAndData() {
        String channel = t.channel("Web");
        User anne = t.operator(TestApi.unique("Anne"), "fr", channel);
        try (SseClient stream = SseClient.open(http, anne.token(), null)) {
            assertThat(stream.status).isEqualTo(200);
            assertThat(stream.contentType).startsWith("text/event-stream");
            Visitor v = t.start(Map.of("channelId", channel, "message", "Hello"), Map.of());
            List<Event> events = stream.until(message("Hello"), WAIT);
            assertThat(events).extracting(Event::type).contains("conversation.started", "operator.assigned");
            assertThat(events).allSatisfy(e -> {
                assertThat(e.conversationId()).isEqualTo(v.conversation());
                assertThat(e.json().path("seq").asLong()).isPositive();
            });
            assertThat(events).extracting(Event::id).isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    void aVisitorSeesOnlyItsOwnVisitorVisibleEvents() {
        String channel = t.channel("Web");
        User anne = t.operator(TestApi.unique("Anne"), "fr", channel);
        Visitor mine = t.start(channel);
        Visitor other = t.start(channel);
        try (SseClient stream = SseClient.open(http, mine.token(), null)) {
            assertThat(stream.status).isEqualTo(200);
            http.put(mine.path("/note"), anne.token(), Map.of("note", "grumpy customer"))
                    .hasStatus(200);
            http.post(mine.path("/tags"), anne.token(), Map.of("name", "grumpy"))
                    .hasStatus(200);
            http.put(mine.path("/expertise"), anne.token(), Map.of("names", List.of("Billing")))
                    .hasStatus(200);
            http.put(mine.path("/status"), anne.token(), Map.of("status", "LOOKING_FOR_HELP"))
                    .hasStatus(200);
            http.post(other.path("/messages"), other.token(), Map.of("body", "Not for you"))
                    .hasStatus(201);
            http.post(mine.path("/messages"), anne.token(), Map.of("body", "Still here"))
                    .hasStatus(201);

            List<Event> events = stream.until(message("Still here"), WAIT);
            assertThat(events).allSatisfy(e -> assertThat(e.conversationId()).isEqualTo(mine.conversation()));
            assertThat(events)
                    .extracting(Event::type)
                    .doesNotContain(
                            "note.edited", "tags.changed", "expertise.changed", "status.changed", "help-queue.changed");
            assertThat(String.join("", events.stream().map(Event::data).toList()))
                    .doesNotContain("grumpy");
        }
    }

    @Test
    void aResumedStreamLosesNothingAndRepeatsNothing() throws InterruptedException {
        String channel = t.channel("Web");
        User anne = t.operator(TestApi.unique("Anne"), "fr", channel);
        Visitor v = t.start(channel);
        long lastSeen;
        try (SseClient first = SseClient.open(http, TestApi.ADMIN, null)) {
            http.post(v.path("/messages"), v.token(), Map.of("body", "one")).hasStatus(201);
            http.post(v.path("/messages"), anne.token(), Map.of("body", "two")).hasStatus(201);
            List<Event> seen = first.until(message("two"), WAIT);
            lastSeen = seen.get(seen.size() - 1).id();
        }
        http.post(v.path("/messages"), v.token(), Map.of("body", "three")).hasStatus(201);
        http.post(v.path("/messages"), anne.token(), Map.of("body", "four")).hasStatus(201);
        try (SseClient resumed = SseClient.open(http, TestApi.ADMIN, lastSeen)) {
            assertThat(resumed.status).isEqualTo(200);
            http.post(v.path("/messages"), v.token(), Map.of("body", "five")).hasStatus(201);
            List<Event> events = resumed.until(message("five"), WAIT);
            events.addAll(resumed.drain(Duration.ofMillis(300)));
            List<Event> ours = events.stream()
                    .filter(e -> e.conversationId().equals(v.conversation()))
                    .toList();
            assertThat(ours)
                    .filteredOn(e -> e.type().equals("message.posted"))
                    .extracting(e -> e.json().path("message").path("body").asText())
                    .containsExactly("three", "four", "five");
            assertThat(events)
                    .extracting(Event::id)
                    .allSatisfy(id -> assertThat(id).isGreaterThan(lastSeen));
            assertThat(events).extracting(Event::id).doesNotHaveDuplicates().isSorted();
        }
    }

    @Test
    void aQuietStreamGetsHeartbeats() throws InterruptedException {
        User anne = t.operator(TestApi.unique("Anne"), "fr", t.channel("Quiet"));
        try (SseClient stream = SseClient.open(http, anne.token(), null)) {
            Thread.sleep(1_200);
            assertThat(stream.comments())
                    .as("the first comment, then one per 300 ms of silence")
                    .isGreaterThanOrEqualTo(3);
            assertThat(stream.ended()).isFalse();
        }
    }

    @Test
    void anOperatorOutsideTheChannelSeesTheHelpQueueThenWhatItJoined() {
        String channel = t.channel("Web");
        User anne = t.operator(TestApi.unique("Anne"), "fr", channel);
        User carla = t.operator(TestApi.unique("Carla"), "en", t.channel("Invoices"), "Billing");
        Visitor v = t.start(channel);
        try (SseClient stream = SseClient.open(http, carla.token(), null)) {
            http.post(v.path("/messages"), v.token(), Map.of("body", "before help"))
                    .hasStatus(201);
            http.put(v.path("/status"), anne.token(), Map.of("status", "LOOKING_FOR_HELP"))
                    .hasStatus(200);
            Event queued = stream.next(WAIT);
            assertThat(queued.type()).isEqualTo("help-queue.changed");
            assertThat(queued.json().path("inQueue").asBoolean()).isTrue();

            http.post(v.path("/join"), carla.token(), null).hasStatus(200);
            http.post(v.path("/messages"), v.token(), Map.of("body", "after join"))
                    .hasStatus(201);
            List<Event> events = stream.until(message("after join"), WAIT);
            assertThat(events).extracting(Event::type).contains("conversation.joined");
            assertThat(events).noneMatch(message("before help"));
        }
    }

    @Test
    void aStreamStartedAfterAJoinOutsideTheChannelStillFollowsThatConversation() {
        String channel = t.channel("Web");
        User anne = t.operator(TestApi.unique("Anne"), "fr", channel);
        User carla = t.operator(TestApi.unique("Carla"), "en", t.channel("Invoices"), "Billing");
        Visitor v = t.start(channel);
        http.put(v.path("/status"), anne.token(), Map.of("status", "LOOKING_FOR_HELP"))
                .hasStatus(200);
        http.post(v.path("/join"), carla.token(), null).hasStatus(200);
        List<String> mine = new java.util.ArrayList<>();
        http.get("/api/v1/me/conversations", carla.token())
                .hasStatus(200)
                .json()
                .forEach(id -> mine.add(id.asText()));
        assertThat(mine).containsExactly(v.conversation());

        // a reload of Carla's console: a new stream, no live join event to learn from
        try (SseClient stream = SseClient.open(http, carla.token(), null)) {
            http.post(v.path("/messages"), v.token(), Map.of("body", "after the reload"))
                    .hasStatus(201);
            assertThat(stream.until(message("after the reload"), WAIT)).isNotEmpty();
        }
    }

    @Test
    void aManagerSeesEveryChannel() {
        String web = t.channel("Web");
        String shop = t.channel("Shop");
        try (SseClient stream = SseClient.open(http, TestApi.ADMIN, null)) {
            Visitor a = t.start(web);
            Visitor b = t.start(shop);
            Set<String> wanted = Set.of(a.conversation(), b.conversation());
            List<Event> events = stream.until(e -> e.conversationId().equals(b.conversation()), WAIT);
            assertThat(events).extracting(Event::conversationId).containsAll(wanted);
        }
    }

    /** Streams are asynchronous: more of them (260) than the server has threads (32) leave it answering. */
    @Test
    void openStreamsHoldNoServerThread() {
        String channel = t.channel("Busy");
        User anne = t.operator(TestApi.unique("Anne"), "fr", channel);
        Visitor v = t.start(channel);
        List<SseClient> streams = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 260; i++) {
                SseClient stream = SseClient.open(http, v.token(), null);
                streams.add(stream);
                assertThat(stream.status).isEqualTo(200);
            }
            http.get("/health", null).hasStatus(200);
            http.post(v.path("/messages"), anne.token(), Map.of("body", "to everyone"))
                    .hasStatus(201);
            streams.get(0).until(message("to everyone"), WAIT);
            streams.get(streams.size() - 1).until(message("to everyone"), WAIT);
        } finally {
            streams.forEach(SseClient::close);
        }
    }

    @Test
    void refusedSubscriptionsAreProblems() throws Exception {
        try (SseClient anonymous = SseClient.attempt(http, null, null)) {
            assertThat(anonymous.status).isEqualTo(401);
            anonymous.refusal().isProblem(401);
        }
        User clerk = t.user(TestApi.unique("Clerk"), "USER", "en", List.of(), List.of());
        try (SseClient noLiveChat = SseClient.attempt(http, clerk.token(), null)) {
            noLiveChat.refusal().isProblem(403);
        }
    }

    /** Another instance on the same storage: it polls the stored stream, so it sees what this one wrote. */
    @Test
    void eventsWrittenThroughOneInstanceReachTheSubscribersOfAnother() {
        String channel = t.channel("Web");
        Visitor v = t.start(channel);
        RestApi other = new RestApi(t.chat, t.store.events(), () -> Map.of("database", true), TestApi.settings());
        other.start("127.0.0.1", 0);
        try (SseClient stream = SseClient.open(new Http(other.port()), TestApi.ADMIN, null)) {
            assertThat(stream.status).isEqualTo(200);
            http.post(v.path("/messages"), v.token(), Map.of("body", "through the first instance"))
                    .hasStatus(201);
            stream.until(message("through the first instance"), WAIT);
        } finally {
            other.stop();
        }
    }
}
