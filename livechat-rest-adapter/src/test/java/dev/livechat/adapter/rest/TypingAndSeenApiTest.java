package dev.livechat.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.adapter.rest.TestApi.User;
import dev.livechat.adapter.rest.TestApi.Visitor;
import dev.livechat.testsupport.Http;
import dev.livechat.testsupport.Reply;
import dev.livechat.testsupport.SseClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Typing and seen over HTTP and the event stream. The one-per-second rule and the 6 s lapse are
 * driven by the test's clock and an explicit sweep, never by sleeping. A typing notice is written to
 * the streams before its 204, so a message posted afterwards (a stored event) bounds the wait: what
 * was not there before it never came.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TypingAndSeenApiTest {
    static final Duration WAIT = Duration.ofSeconds(10);

    TestApi t;
    Http http;
    String channel;
    User anne;
    User bruno;

    @BeforeAll
    void start() {
        t = new TestApi();
        http = t.http;
        channel = t.channel("Typing desk");
        anne = t.operator(TestApi.unique("Anne"), "fr", channel);
        bruno = t.user(TestApi.unique("Bruno"), "LIVECHAT_USER", "fr", List.of(channel), List.of());
    }

    @AfterAll
    void stop() {
        t.close();
    }

    Reply typing(Visitor v, String token, Object typing) {
        return http.put(v.path("/typing"), token, Map.of("typing", typing));
    }

    Reply seen(Visitor v, String token, Object seq) {
        return http.put(v.path("/seen"), token, Map.of("seq", seq));
    }

    long post(Visitor v, String token, String text) {
        return http.post(v.path("/messages"), token, Map.of("body", text))
                .hasStatus(201)
                .json()
                .path("seq")
                .asLong();
    }

    /** The events of each stream about this conversation, up to the message posted now (other tests share the channel). */
    List<List<SseClient.Event>> untilMarker(Visitor v, SseClient... streams) {
        long seq = post(v, anne.token(), "marker");
        return java.util.Arrays.stream(streams)
                .map(s -> s.until(
                        e -> e.type().equals("message.posted")
                                && e.conversationId().equals(v.conversation())
                                && e.json().path("message").path("seq").asLong() == seq,
                        WAIT))
                .map(events -> events.stream()
                        .filter(e -> e.conversationId().equals(v.conversation()))
                        .toList())
                .toList();
    }

    static List<SseClient.Event> typingIn(List<SseClient.Event> events) {
        return events.stream().filter(e -> e.type().equals("typing")).toList();
    }

    @Nested
    class Typing {
        @Test
        void theOtherSideHearsItAtMostOnceASecondPerAuthorWithoutAnId() {
            Visitor v = t.start(channel);
            try (SseClient operators = SseClient.open(http, anne.token(), null);
                    SseClient visitor = SseClient.open(http, v.token(), null)) {
                untilMarker(v, operators, visitor); // both live

                typing(v, v.token(), true).hasStatus(204);
                typing(v, v.token(), true).hasStatus(204); // the same second: absorbed
                t.clock.advance(Duration.ofSeconds(1));
                typing(v, v.token(), true).hasStatus(204);
                typing(v, anne.token(), true).hasStatus(204);
                var events = untilMarker(v, operators, visitor);

                List<SseClient.Event> heardByOperators = typingIn(events.get(0));
                assertThat(heardByOperators).hasSize(2).allSatisfy(e -> {
                    assertThat(e.id()).isEqualTo(-1);
                    assertThat(e.conversationId()).isEqualTo(v.conversation());
                    assertThat(e.json().path("side").asText()).isEqualTo("VISITOR");
                    assertThat(e.json().path("typing").asBoolean()).isTrue();
                });
                assertThat(typingIn(events.get(1))).singleElement().satisfies(e -> {
                    assertThat(e.id()).isEqualTo(-1);
                    assertThat(e.json().path("side").asText()).isEqualTo("OPERATOR");
                    assertThat(e.json().path("author").path("name").asText()).isEqualTo(anne.name());
                    assertThat(e.json().path("expiresAt").asText())
                            .isEqualTo(t.clock.instant().plusSeconds(6).toString());
                });
            }
        }

        @Test
        void typingLapsesSixSecondsAfterTheLastRenewalAndAQuickStopComesAfterItsSecond() {
            Visitor v = t.start(channel);
            try (SseClient operators = SseClient.open(http, anne.token(), null);
                    SseClient visitor = SseClient.open(http, v.token(), null)) {
                untilMarker(v, operators, visitor);
                typing(v, v.token(), true).hasStatus(204);
                typing(v, anne.token(), true).hasStatus(204);
                typing(v, anne.token(), false).hasStatus(204); // the same second: held
                t.clock.advance(Duration.ofMillis(999));
                t.chat.typing().sweepTyping();
                var before = untilMarker(v, operators, visitor);
                assertThat(typingIn(before.get(1)))
                        .extracting(e -> e.json().path("typing").asBoolean())
                        .containsExactly(true);

                t.clock.advance(Duration.ofMillis(1));
                t.chat.typing().sweepTyping(); // Anne's second is over: her stop goes out
                t.clock.advance(Duration.ofMillis(5_000));
                t.chat.typing().sweepTyping(); // 6 s after the visitor's: lapsed
                var after = untilMarker(v, operators, visitor);

                assertThat(typingIn(after.get(1)))
                        .extracting(e -> e.json().path("typing").asBoolean())
                        .containsExactly(false);
                assertThat(typingIn(after.get(0))).singleElement().satisfies(e -> {
                    assertThat(e.json().path("side").asText()).isEqualTo("VISITOR");
                    assertThat(e.json().path("typing").asBoolean()).isFalse();
                    assertThat(e.json().path("expiresAt").isNull()).isTrue();
                });
            }
        }

        @Test
        void onlyTheVisitorAndParticipantsOfAnOpenConversationTypeAndBadInputIsRefused() {
            Visitor v = t.start(channel);
            Visitor other = t.start(channel);

            typing(v, bruno.token(), true).isProblem(403);
            typing(v, other.token(), true).isProblem(403);
            typing(v, null, true).isProblem(401);
            typing(v, v.token(), "yes").isProblem(400);
            http.put(v.path("/typing"), v.token(), Map.of()).namesFields("typing");
            http.put("/api/v1/conversations/nope/typing", anne.token(), Map.of("typing", true))
                    .isProblem(404);
            http.post(v.path("/close"), v.token(), null).hasStatus(200);
            typing(v, v.token(), true).isProblem(409);
        }
    }

    @Nested
    class Seen {
        @Test
        void eachSideMarksHowFarItReadTheOtherHearsOfItAndTheMarkNeverGoesBack() {
            Visitor v = t.start(channel);
            long first = post(v, v.token(), "hello");
            long last = post(v, anne.token(), "hi");
            try (SseClient operators = SseClient.open(http, anne.token(), null);
                    SseClient visitor = SseClient.open(http, v.token(), null)) {
                untilMarker(v, operators, visitor);
                long marker = last + 1;

                seen(v, v.token(), marker).hasStatus(204);
                seen(v, anne.token(), first).hasStatus(204);
                seen(v, v.token(), first).hasStatus(204); // older: nothing changes
                var events = untilMarker(v, operators, visitor);

                assertThat(events.get(1))
                        .filteredOn(e -> e.type().equals("message.seen"))
                        .extracting(
                                e -> e.json().path("side").asText(),
                                e -> e.json().path("seenSeq").asLong())
                        .containsExactly(
                                org.assertj.core.api.Assertions.tuple("VISITOR", marker),
                                org.assertj.core.api.Assertions.tuple("OPERATOR", first));
                assertThat(events.get(0))
                        .filteredOn(e -> e.type().equals("message.seen"))
                        .hasSize(2);
                Reply marks = http.get(v.path("/seen"), v.token()).hasStatus(200);
                assertThat(marks.json().path("visitor").asLong()).isEqualTo(marker);
                assertThat(marks.json().path("operator").asLong()).isEqualTo(first);
                Reply panel = http.get(v.path("/panel"), bruno.token()).hasStatus(200);
                assertThat(panel.json().path("seen").path("visitor").asLong()).isEqualTo(marker);
                assertThat(panel.json().path("seen").path("operator").asLong()).isEqualTo(first);
            }
        }

        @Test
        void whoMayMarkAndReadAndBadInputIsRefusedNamingSeq() {
            Visitor v = t.start(channel);
            Visitor other = t.start(channel);
            long last = post(v, v.token(), "hello");

            seen(v, v.token(), last + 1).namesFields("seq");
            seen(v, v.token(), -1).namesFields("seq");
            seen(v, v.token(), "x").isProblem(400);
            http.put(v.path("/seen"), v.token(), Map.of()).namesFields("seq");
            seen(v, bruno.token(), last).isProblem(403);
            seen(v, other.token(), last).isProblem(403);
            seen(v, null, last).isProblem(401);
            http.get(v.path("/seen"), other.token()).isProblem(403);
            assertThat(http.get(v.path("/seen"), bruno.token())
                            .hasStatus(200)
                            .json()
                            .path("visitor")
                            .asLong())
                    .isZero();
        }
    }
}
