package dev.livechat.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.livechat.adapter.rest.TestApi.User;
import dev.livechat.adapter.rest.TestApi.Visitor;
import dev.livechat.testsupport.Http;
import dev.livechat.testsupport.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every conversation endpoint over HTTP: success, each refusal, each role. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConversationApiTest {
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

    /** A channel with one French operator, ONLINE. */
    record Desk(String channel, User operator) {}

    Desk desk() {
        String channel = t.channel("Support");
        return new Desk(channel, t.operator(TestApi.unique("Anne"), "fr", channel));
    }

    Visitor lookingForHelp(Desk desk) {
        Visitor v = t.start(desk.channel());
        http.put(v.path("/status"), desk.operator().token(), Map.of("status", "LOOKING_FOR_HELP"))
                .hasStatus(200);
        return v;
    }

    @Nested
    class Start {
        @Test
        void anyoneStartsWithoutATokenAndGetsTheVisitorTokenAndTheAssignedOperator() {
            Desk desk = desk();
            Reply started = http.send(
                            "POST",
                            "/api/v1/conversations",
                            null,
                            Map.of("channelId", desk.channel(), "visitor", Map.of("name", "Marie")),
                            Map.of("Accept-Language", "de;q=0.5, fr-BE, *;q=0.9"))
                    .hasStatus(201);
            JsonNode body = started.json();
            assertThat(body.path("visitorToken").asText()).hasSizeGreaterThan(20);
            assertThat(body.path("status").asText()).isEqualTo("IN_PROGRESS");
            assertThat(body.path("operator").path("id").asText())
                    .isEqualTo(desk.operator().id());
            assertThat(body.path("language").asText()).isEqualTo("fr-BE");
            assertThat(body.path("assignment").path("rule").asText()).isEqualTo("LANGUAGE");
            assertThat(body.path("assignment").has("trace"))
                    .as("the trace is for live chat users")
                    .isFalse();
        }

        @Test
        void theCountryComesFromTheBodyElseFromTheTrustedHeaderElseNone() {
            String channel = desk().channel();
            Map<String, String> proxy = Map.of("CF-IPCountry", "BE");
            assertThat(t.start(Map.of("channelId", channel, "country", "fr"), proxy)
                            .started()
                            .text("country"))
                    .isEqualTo("FR");
            assertThat(t.start(Map.of("channelId", channel), proxy).started().text("country"))
                    .isEqualTo("BE");
            assertThat(t.start(Map.of("channelId", channel), Map.of("CF-IPCountry", "T1"))
                            .started()
                            .json()
                            .path("country")
                            .isNull())
                    .as("Tor's T1 is no country")
                    .isTrue();
            assertThat(t.start(channel).started().json().path("country").isNull())
                    .isTrue();
        }

        @Test
        void withNoOperatorAvailableTheConversationWaitsWithANullOperator() {
            String empty = t.channel("Night shift");
            Reply started = t.start(empty).started();
            assertThat(started.json().path("operator").isNull()).isTrue();
            assertThat(started.json().path("assignment").path("rule").asText()).isEqualTo("NO_ONE_AVAILABLE");
        }

        @Test
        void anUnknownChannelIsNotFound() {
            http.post("/api/v1/conversations", null, Map.of("channelId", "no-such-channel"))
                    .isProblem(404);
        }

        @Test
        void invalidFieldsAreEachNamed() {
            Map<String, Object> body = Map.of(
                    "channelId", desk().channel(),
                    "visitor", Map.of("email", "not-an-address", "timeZone", "Mars/Olympus", "key", "a key"),
                    "country", "ZZ",
                    "chatbot",
                            Map.of(
                                    "answers",
                                    List.of(Map.of("question", " ", "answer", "Yes")),
                                    "expertise",
                                    List.of("Billing", "")));
            http.post("/api/v1/conversations", null, body)
                    .namesFields(
                            "visitor.email",
                            "visitor.timeZone",
                            "visitor.key",
                            "country",
                            "chatbot.answers[0].question",
                            "chatbot.expertise[1]");
        }

        @Test
        void aMissingChannelIsNamed() {
            http.post("/api/v1/conversations", null, Map.of("message", "Hello")).namesFields("channelId");
        }

        @Test
        void aReturningGuestsKeyFindsTheirRecentConversation() {
            Desk desk = desk();
            String secret = t.identitySecret(desk.channel());
            Map<String, Object> body = Map.of(
                    "channelId",
                    desk.channel(),
                    "visitor",
                    Map.of("key", "browser-42", "keyHash", TestApi.hmac(secret, "browser-42")));
            Visitor first = t.start(body, Map.of());
            Visitor second = t.start(body, Map.of());
            JsonNode panel = http.get(second.path("/panel"), desk.operator().token())
                    .hasStatus(200)
                    .json();
            assertThat(panel.path("recentConversations").findValuesAsText("id")).containsExactly(first.conversation());
            assertThat(second.started().json().path("assignment").path("rule").asText())
                    .isEqualTo("PREVIOUS_OPERATOR");
        }
    }

    @Nested
    class Messages {
        @Test
        void theVisitorAndTheOperatorTakingPartWriteAndBothRead() {
            Desk desk = desk();
            Visitor v = t.start(desk.channel());
            Reply posted = http.post(v.path("/messages"), v.token(), Map.of("body", "Bonjour"))
                    .hasStatus(201);
            assertThat(posted.text("authorKind")).isEqualTo("VISITOR");
            assertThat(posted.json().path("seq").asLong()).isPositive();
            Reply answer = http.post(
                            v.path("/messages"), desk.operator().token(), Map.of("body", "Bonjour, je regarde"))
                    .hasStatus(201);
            assertThat(answer.text("authorKind")).isEqualTo("OPERATOR");
            assertThat(answer.text("author")).isEqualTo(desk.operator().name());

            JsonNode all =
                    http.get(v.path("/messages"), v.token()).hasStatus(200).json();
            assertThat(all.findValuesAsText("body")).containsSubsequence("Bonjour", "Bonjour, je regarde");
            long seq = posted.json().path("seq").asLong();
            JsonNode after = http.get(
                            v.path("/messages?after=" + seq), desk.operator().token())
                    .hasStatus(200)
                    .json();
            assertThat(after.findValuesAsText("body")).containsExactly("Bonjour, je regarde");
            assertThat(after.get(0).fieldNames())
                    .toIterable()
                    .containsExactly("seq", "authorKind", "author", "body", "sentAt");
        }

        @Test
        void aVisitorMayNeitherWriteNorReadAnotherConversation() {
            Desk desk = desk();
            Visitor mine = t.start(desk.channel());
            Visitor theirs = t.start(desk.channel());
            http.post(theirs.path("/messages"), mine.token(), Map.of("body", "Hi"))
                    .isProblem(403);
            http.get(theirs.path("/messages"), mine.token()).isProblem(403);
        }

        @Test
        void anOperatorNotTakingPartMayReadButNotWrite() {
            Desk desk = desk();
            Visitor v = t.start(desk.channel());
            User other = t.operator(TestApi.unique("Omar"), "en", desk.channel());
            http.get(v.path("/messages"), other.token()).hasStatus(200);
            http.post(v.path("/messages"), other.token(), Map.of("body", "Hi")).isProblem(403);
        }

        @Test
        void noTokenOrAnUnknownOneIsUnauthorized() {
            Visitor v = t.start(desk().channel());
            Reply none =
                    http.post(v.path("/messages"), null, Map.of("body", "Hi")).isProblem(401);
            assertThat(none.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
            http.get(v.path("/messages"), "not-a-token").isProblem(401);
            http.send("GET", v.path("/messages"), null, null, Map.of("Authorization", "Basic YTpi"))
                    .isProblem(401);
        }

        @Test
        void anUnknownConversationIsNotFound() {
            http.get("/api/v1/conversations/nope/messages", desk().operator().token())
                    .isProblem(404);
            http.get(
                            "/api/v1/conversations/bad%20id/messages",
                            desk().operator().token())
                    .isProblem(404);
        }

        @Test
        void aBlankMessageIsRefusedNamingTheBody() {
            Visitor v = t.start(desk().channel());
            http.post(v.path("/messages"), v.token(), Map.of("body", "   ")).namesFields("body");
            http.post(v.path("/messages"), v.token(), Map.of()).namesFields("body");
        }

        @Test
        void aClosedConversationTakesNoMoreMessages() {
            Visitor v = t.start(desk().channel());
            http.post(v.path("/close"), v.token(), null).hasStatus(200);
            Reply refused = http.post(v.path("/messages"), v.token(), Map.of("body", "One more thing"))
                    .isProblem(409);
            assertThat(refused.text("detail")).contains("closed");
        }
    }

    @Nested
    class Status {
        @Test
        void theOperatorTakingPartSetsItAndAVisitorReplyTurnsWaitingBack() {
            Desk desk = desk();
            Visitor v = t.start(desk.channel());
            Reply waiting = http.put(
                            v.path("/status"), desk.operator().token(), Map.of("status", "WAITING_FOR_CUSTOMER"))
                    .hasStatus(200);
            assertThat(waiting.text("status")).isEqualTo("WAITING_FOR_CUSTOMER");
            assertThat(waiting.json().has("tags")).isTrue();
            http.post(v.path("/messages"), v.token(), Map.of("body", "Here I am"))
                    .hasStatus(201);
            JsonNode panel = http.get(v.path("/panel"), desk.operator().token()).json();
            assertThat(panel.path("status").asText()).isEqualTo("IN_PROGRESS");
        }

        @Test
        void aManagerMaySetItTooButNotTheVisitorNorAnotherOperator() {
            Desk desk = desk();
            Visitor v = t.start(desk.channel());
            http.put(v.path("/status"), TestApi.ADMIN, Map.of("status", "WAITING_FOR_CUSTOMER"))
                    .hasStatus(200);
            http.put(v.path("/status"), v.token(), Map.of("status", "IN_PROGRESS"))
                    .isProblem(403);
            User other = t.operator(TestApi.unique("Omar"), "en", desk.channel());
            http.put(v.path("/status"), other.token(), Map.of("status", "IN_PROGRESS"))
                    .isProblem(403);
        }

        @Test
        void anUnknownOrMissingStatusIsNamed() {
            Desk desk = desk();
            Visitor v = t.start(desk.channel());
            http.put(v.path("/status"), desk.operator().token(), Map.of("status", "ON_HOLD"))
                    .namesFields("status");
            http.put(v.path("/status"), desk.operator().token(), Map.of()).namesFields("status");
        }

        @Test
        void aClosedConversationHasNoStatusToChange() {
            Desk desk = desk();
            Visitor v = t.start(desk.channel());
            http.post(v.path("/close"), desk.operator().token(), null).hasStatus(200);
            http.put(v.path("/status"), desk.operator().token(), Map.of("status", "IN_PROGRESS"))
                    .isProblem(409);
        }
    }

    @Nested
    class JoinTransferClose {
        @Test
        void theSecondJoinerLearnsWhoJoinedFirst() {
            Desk desk = desk();
            Visitor v = lookingForHelp(desk);
            User bob = t.operator(TestApi.unique("Bob"), "en", t.channel("Billing"));
            User carl = t.operator(TestApi.unique("Carl"), "en", t.channel("Hardware"));
            Reply joined = http.post(v.path("/join"), bob.token(), null).hasStatus(200);
            assertThat(joined.text("status")).isEqualTo("IN_PROGRESS");
            assertThat(joined.json().path("operators").findValuesAsText("name")).contains(bob.name());

            Reply lost = http.post(v.path("/join"), carl.token(), null).isProblem(409);
            assertThat(lost.json().path("joinedBy").path("id").asText()).isEqualTo(bob.id());
            assertThat(lost.json().path("joinedBy").path("name").asText()).isEqualTo(bob.name());
        }

        @Test
        void joiningAConversationThatNeverAskedForHelpIsAConflictWithoutJoinedBy() {
            Desk desk = desk();
            Visitor v = t.start(desk.channel());
            User bob = t.operator(TestApi.unique("Bob"), "en", t.channel("Billing"));
            Reply refused = http.post(v.path("/join"), bob.token(), null).isProblem(409);
            assertThat(refused.json().has("joinedBy")).isFalse();
        }

        @Test
        void aUserWithoutLiveChatAccessMayNotSeeTheQueueNorJoin() {
            Desk desk = desk();
            Visitor v = lookingForHelp(desk);
            User clerk = t.user(TestApi.unique("Clerk"), "USER", "en", List.of(), List.of());
            http.get("/api/v1/conversations?status=LOOKING_FOR_HELP", clerk.token())
                    .isProblem(403);
            http.post(v.path("/join"), clerk.token(), null).isProblem(403);
            http.post(v.path("/join"), v.token(), null).isProblem(403);
        }

        @Test
        void theOperatorTakingPartTransfersAndMayLeave() {
            Desk desk = desk();
            Visitor v = t.start(desk.channel());
            User bob = t.operator(TestApi.unique("Bob"), "en", desk.channel());
            Reply moved = http.post(
                            v.path("/transfer"), desk.operator().token(), Map.of("operatorId", bob.id(), "leave", true))
                    .hasStatus(200);
            assertThat(moved.json().path("operators").findValuesAsText("id")).containsExactly(bob.id());
            JsonNode messages = http.get(v.path("/messages"), v.token()).json();
            assertThat(messages.findValuesAsText("authorKind")).contains("SYSTEM");
        }

        @Test
        void aTransferIsRefusedToAnUnknownOperatorOrByAStranger() {
            Desk desk = desk();
            Visitor v = t.start(desk.channel());
            http.post(v.path("/transfer"), desk.operator().token(), Map.of("operatorId", "nobody"))
                    .isProblem(404);
            http.post(
                            v.path("/transfer"),
                            desk.operator().token(),
                            Map.of("operatorId", desk.operator().id()))
                    .namesFields("operatorId");
            http.post(v.path("/transfer"), desk.operator().token(), Map.of()).namesFields("operatorId");
            User bob = t.operator(TestApi.unique("Bob"), "en", desk.channel());
            http.post(v.path("/transfer"), bob.token(), Map.of("operatorId", bob.id()))
                    .isProblem(403);
        }

        @Test
        void theVisitorLeavesAndSeesTheOutcomeButNoInternalFields() {
            Desk desk = desk();
            Visitor v = t.start(desk.channel());
            http.post(v.path("/tags"), desk.operator().token(), Map.of("name", "vip"))
                    .hasStatus(200);
            Reply closed = http.post(v.path("/close"), v.token(), null).hasStatus(200);
            JsonNode body = closed.json();
            assertThat(body.path("status").isNull()).isTrue();
            assertThat(body.path("outcome").asText()).isEqualTo("NO_ANSWER");
            assertThat(body.path("closedAt").asText()).isEqualTo("2026-03-02T09:00:00Z");
            assertThat(body.has("tags") || body.has("note") || body.has("expertise"))
                    .isFalse();
            assertThat(body.path("assignment").has("trace")).isFalse();
        }

        @Test
        void aManagerNotTakingPartMayNotCloseAndAClosedOneStaysClosed() {
            Desk desk = desk();
            Visitor v = t.start(desk.channel());
            http.post(v.path("/close"), TestApi.ADMIN, null).isProblem(403);
            http.post(v.path("/close"), desk.operator().token(), null).hasStatus(200);
            http.post(v.path("/close"), desk.operator().token(), null).isProblem(409);
        }
    }

    @Nested
    class ThePanel {
        @Test
        void showsEverythingInOneRead() {
            Desk desk = desk();
            Visitor v = t.start(
                    Map.of(
                            "channelId", desk.channel(),
                            "visitor", Map.of("name", "Marie", "email", "marie@example.com"),
                            "country", "BE",
                            "chatbot",
                                    Map.of(
                                            "answers", List.of(Map.of("question", "Topic?", "answer", "Invoice")),
                                            "expertise", List.of("Billing"))),
                    Map.of("Accept-Language", "fr-BE"));
            http.put(v.path("/note"), desk.operator().token(), Map.of("note", "Double charge"))
                    .hasStatus(200);
            JsonNode panel = http.get(v.path("/panel"), desk.operator().token())
                    .hasStatus(200)
                    .json();
            assertThat(panel.fieldNames())
                    .toIterable()
                    .containsExactly(
                            "id",
                            "channel",
                            "startedAt",
                            "closedAt",
                            "status",
                            "statusSince",
                            "outcome",
                            "visitor",
                            "contact",
                            "operators",
                            "note",
                            "noteEditedBy",
                            "noteEditedAt",
                            "tags",
                            "chatbotAnswers",
                            "expertise",
                            "country",
                            "language",
                            "recentConversations",
                            "openTickets",
                            "transcriptEmail",
                            "assignment",
                            "rating",
                            "seen");
            assertThat(panel.path("channel").path("id").asText()).isEqualTo(desk.channel());
            assertThat(panel.path("visitor").path("email").asText()).isEqualTo("marie@example.com");
            assertThat(panel.path("contact").isNull()).isTrue();
            assertThat(panel.path("rating").isNull()).as("not rated yet").isTrue();
            assertThat(panel.path("note").asText()).isEqualTo("Double charge");
            assertThat(panel.path("noteEditedBy").asText())
                    .isEqualTo(desk.operator().name());
            assertThat(panel.path("chatbotAnswers").get(0).path("answer").asText())
                    .isEqualTo("Invoice");
            assertThat(panel.path("expertise").get(0).asText()).isEqualTo("Billing");
            assertThat(panel.path("country").asText()).isEqualTo("BE");
            assertThat(panel.path("language").asText()).isEqualTo("fr-BE");
            assertThat(panel.path("transcriptEmail").asText()).isEqualTo("marie@example.com");
            assertThat(panel.path("assignment").path("trace").size()).isPositive();
            assertThat(panel.path("outcome").isNull()).isTrue();
        }

        @Test
        void isForLiveChatUsersOnly() {
            Desk desk = desk();
            Visitor v = t.start(desk.channel());
            http.get(v.path("/panel"), v.token()).isProblem(403);
            User clerk = t.user(TestApi.unique("Clerk"), "USER", "en", List.of(), List.of());
            http.get(v.path("/panel"), clerk.token()).isProblem(403);
            User stranger = t.operator(TestApi.unique("Omar"), "en", t.channel("Elsewhere"));
            http.get(v.path("/panel"), stranger.token()).hasStatus(200);
            http.get("/api/v1/conversations/unknown/panel", stranger.token()).isProblem(404);
        }

        @Test
        void tagsAreAddedByNameCreatedIfNewRemovedAndLookedUp() {
            Desk desk = desk();
            Visitor v = t.start(desk.channel());
            String token = desk.operator().token();
            http.post(v.path("/tags"), token, Map.of("name", "Refund")).hasStatus(200);
            Reply tagged = http.post(v.path("/tags"), token, Map.of("name", "refund-later"))
                    .hasStatus(200);
            assertThat(tagged.json().path("tags").size()).isEqualTo(2);
            JsonNode found =
                    http.get("/api/v1/tags?prefix=REF", token).hasStatus(200).json();
            assertThat(found.findValuesAsText("name")).contains("Refund", "refund-later");
            assertThat(found.get(0).has("colour")).isTrue();
            Reply removed = http.delete(v.path("/tags/refund"), token).hasStatus(200);
            assertThat(removed.json().path("tags").get(0).asText()).isEqualTo("refund-later");
            http.delete(v.path("/tags/never-there"), token).hasStatus(200);
            http.post(v.path("/tags"), token, Map.of("name", "x".repeat(51))).namesFields("name");
            http.post(v.path("/tags"), v.token(), Map.of("name", "mine")).isProblem(403);
            http.get("/api/v1/tags", v.token()).isProblem(403);
        }

        @Test
        void atMostFifteenTagsAreSuggested() {
            Desk desk = desk();
            Visitor v = t.start(desk.channel());
            for (int i = 0; i < 17; i++)
                http.post(v.path("/tags"), desk.operator().token(), Map.of("name", "bulk-" + i))
                        .hasStatus(200);
            assertThat(http.get("/api/v1/tags?prefix=bulk-", desk.operator().token())
                            .json()
                            .size())
                    .isEqualTo(15);
        }

        @Test
        void expertiseIsSetByNamesCreatingUnknownOnes() {
            Desk desk = desk();
            Visitor v = t.start(desk.channel());
            Reply set = http.put(
                            v.path("/expertise"),
                            desk.operator().token(),
                            Map.of("names", List.of("Hardware", "Quantum")))
                    .hasStatus(200);
            assertThat(set.json().path("expertise").toString()).isEqualTo("[\"Hardware\",\"Quantum\"]");
            http.put(v.path("/expertise"), desk.operator().token(), Map.of("names", List.of("ok", " ")))
                    .namesFields("names[1]");
            http.put(v.path("/expertise"), desk.operator().token(), Map.of()).namesFields("names");
            http.put(v.path("/expertise"), v.token(), Map.of("names", List.of()))
                    .isProblem(403);
        }

        @Test
        void notesStayEditableAfterTheClose() {
            Desk desk = desk();
            Visitor v = t.start(desk.channel());
            http.post(v.path("/close"), desk.operator().token(), null).hasStatus(200);
            Reply noted = http.put(v.path("/note"), desk.operator().token(), Map.of("note", "Follow up by phone"))
                    .hasStatus(200);
            assertThat(noted.text("note")).isEqualTo("Follow up by phone");
            http.put(v.path("/note"), desk.operator().token(), Map.of("note", "n".repeat(10_001)))
                    .isProblem(413);
            http.put(v.path("/note"), desk.operator().token(), Map.of()).namesFields("note");
            http.put(v.path("/note"), v.token(), Map.of("note", "hi")).isProblem(403);
        }
    }

    @Nested
    class Transcripts {
        @Test
        void anOpenConversationHasNoTranscriptYet() {
            Desk desk = desk();
            Visitor v = t.start(desk.channel());
            http.post(v.path("/transcript"), desk.operator().token(), Map.of("email", "boss@example.com"))
                    .isProblem(409);
        }

        @Test
        void aClosedOneIsRecordedOncePerIdempotencyKeyAndListedWithItsState() {
            Desk desk = desk();
            Visitor v = t.start(desk.channel());
            http.post(v.path("/close"), desk.operator().token(), null).hasStatus(200);
            Map<String, String> key = Map.of("Idempotency-Key", "send-1");
            Reply first = http.send(
                            "POST",
                            v.path("/transcript"),
                            desk.operator().token(),
                            Map.of("email", "boss@example.com"),
                            key)
                    .hasStatus(202);
            assertThat(first.text("state")).isEqualTo("PENDING");
            Reply again = http.send(
                            "POST",
                            v.path("/transcript"),
                            desk.operator().token(),
                            Map.of("email", "boss@example.com"),
                            key)
                    .hasStatus(202);
            assertThat(again.text("requestId")).isEqualTo(first.text("requestId"));

            t.chat.deliverTranscripts().deliverDue(10);
            JsonNode listed = http.get(v.path("/transcripts"), desk.operator().token())
                    .hasStatus(200)
                    .json();
            assertThat(listed).hasSize(1);
            assertThat(listed.get(0).path("state").asText()).isEqualTo("SENT");
            assertThat(listed.get(0).path("attempts").asInt()).isEqualTo(1);
            assertThat(listed.get(0).path("sentAt").asText()).isNotBlank();
            assertThat(listed.get(0).has("lastError")).isTrue();
            http.get(v.path("/transcripts"), v.token()).isProblem(403);
        }

        /** On a service of its own: the retry needs the clock moved, which the other tests must not see. */
        @Test
        void aTranscriptSentAfterAFailedTryShowsNoError() {
            try (TestApi own = new TestApi()) {
                String channel = own.channel("Support");
                User operator = own.operator(TestApi.unique("Anne"), "fr", channel);
                Visitor v = own.start(channel);
                own.http.post(v.path("/close"), operator.token(), null).hasStatus(200);
                own.http
                        .post(v.path("/transcript"), operator.token(), Map.of("email", "boss@example.com"))
                        .hasStatus(202);
                own.mailer.failNext(1);
                own.chat.deliverTranscripts().deliverDue(10);
                JsonNode failed = own.http
                        .get(v.path("/transcripts"), operator.token())
                        .hasStatus(200)
                        .json()
                        .get(0);
                assertThat(failed.path("state").asText()).isEqualTo("PENDING");
                assertThat(failed.path("lastError").asText()).contains("unavailable");

                own.clock.advance(Duration.ofHours(1));
                own.chat.deliverTranscripts().deliverDue(10);
                JsonNode sent = own.http
                        .get(v.path("/transcripts"), operator.token())
                        .hasStatus(200)
                        .json()
                        .get(0);
                assertThat(sent.path("state").asText()).isEqualTo("SENT");
                assertThat(sent.path("attempts").asInt()).isEqualTo(2);
                assertThat(sent.path("lastError").isNull())
                        .as("lastError of %s", sent)
                        .isTrue();
            }
        }

        @Test
        void aVisitorsAddressIsConfirmedFirstEvenTheOneTypedAtTheStart() {
            Desk desk = desk();
            Visitor v = t.start(
                    Map.of("channelId", desk.channel(), "visitor", Map.of("email", "me@example.com")), Map.of());
            http.post(v.path("/close"), v.token(), null).hasStatus(200);
            assertThat(http.post(v.path("/transcript"), v.token(), Map.of("email", "me@example.com"))
                            .hasStatus(202)
                            .text("state"))
                    .isEqualTo("AWAITING_CONFIRMATION");
            assertThat(http.post(v.path("/transcript"), v.token(), Map.of("email", "someone@example.com"))
                            .hasStatus(202)
                            .text("state"))
                    .isEqualTo("AWAITING_CONFIRMATION");
            Visitor other = t.start(desk.channel());
            http.post(v.path("/transcript"), other.token(), Map.of("email", "me@example.com"))
                    .isProblem(403);
        }

        @Test
        void aBadAddressOrKeyIsNamed() {
            Desk desk = desk();
            Visitor v = t.start(desk.channel());
            http.post(v.path("/close"), v.token(), null).hasStatus(200);
            http.post(v.path("/transcript"), desk.operator().token(), Map.of("email", "a@b.com, c@d.com"))
                    .namesFields("email");
            http.send(
                            "POST",
                            v.path("/transcript"),
                            desk.operator().token(),
                            Map.of("email", "a@example.com"),
                            Map.of("Idempotency-Key", "x".repeat(201)))
                    .namesFields("Idempotency-Key");
        }
    }

    @Nested
    class Lists {
        @Test
        void anOperatorListsItsChannelsAndAManagerEveryChannel() {
            Desk desk = desk();
            Desk other = desk();
            Visitor mine = t.start(desk.channel());
            Visitor theirs = t.start(other.channel());
            List<String> seen = http.get(
                            "/api/v1/conversations", desk.operator().token())
                    .hasStatus(200)
                    .ids();
            assertThat(seen).contains(mine.conversation()).doesNotContain(theirs.conversation());
            assertThat(http.get("/api/v1/conversations?limit=500", TestApi.ADMIN)
                            .ids())
                    .contains(mine.conversation(), theirs.conversation());
            http.get(
                            "/api/v1/conversations?channelId=" + other.channel(),
                            desk.operator().token())
                    .isProblem(403);
            http.get("/api/v1/conversations", mine.token()).isProblem(403);
        }

        @Test
        void filtersByStatusChannelTimeAndExpertise() {
            Desk desk = desk();
            Visitor v = t.start(
                    Map.of("channelId", desk.channel(), "chatbot", Map.of("expertise", List.of("Printers"))), Map.of());
            String token = desk.operator().token();
            String base = "/api/v1/conversations?channelId=" + desk.channel();
            assertThat(http.get(base + "&status=IN_PROGRESS", token).ids()).contains(v.conversation());
            assertThat(http.get(base + "&status=WAITING_FOR_CUSTOMER", token).json())
                    .isEmpty();
            assertThat(http.get(base + "&expertise=printers", token).ids()).containsExactly(v.conversation());
            assertThat(http.get(base + "&from=2026-03-02T09:00:00Z&to=2026-03-02T09:00:01Z", token)
                            .json())
                    .hasSize(1);
            assertThat(http.get(base + "&to=2026-03-02T09:00:00Z", token).json())
                    .isEmpty();
            JsonNode line = http.get(base, token).json().get(0);
            assertThat(line.fieldNames())
                    .toIterable()
                    .contains(
                            "id",
                            "channelId",
                            "visitorName",
                            "status",
                            "statusSince",
                            "startedAt",
                            "closedAt",
                            "outcome",
                            "expertise",
                            "operators",
                            "matchesMyExpertise");
        }
    }
}
