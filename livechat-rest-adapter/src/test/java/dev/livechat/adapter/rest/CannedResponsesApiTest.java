package dev.livechat.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.adapter.rest.TestApi.User;
import dev.livechat.adapter.rest.TestApi.Visitor;
import dev.livechat.testsupport.Http;
import dev.livechat.testsupport.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Canned responses over HTTP: who may read and write them, posting one, and bad input. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CannedResponsesApiTest {
    TestApi t;
    Http http;
    String channel;
    User anne;
    User bruno;

    @BeforeAll
    void start() {
        t = new TestApi();
        http = t.http;
        channel = t.channel("Billing desk");
        anne = t.operator(TestApi.unique("Anne"), "fr", channel);
        bruno = t.user(TestApi.unique("Bruno"), "LIVECHAT_USER", "fr", List.of(channel), List.of());
    }

    @AfterAll
    void stop() {
        t.close();
    }

    Reply put(String token, String shortcut, Object body) {
        return http.put("/api/v1/canned-responses/" + shortcut, token, body);
    }

    @Test
    void managersWriteAndLiveChatUsersListByPrefixWithoutCase() {
        put(TestApi.ADMIN, "Greet-1", Map.of("body", "Hello {visitor.name}!")).hasStatus(200);
        Reply replaced = put(TestApi.ADMIN, "greet-1", Map.of("body", "Hi {visitor.name}!"))
                .hasStatus(200);
        assertThat(replaced.text("shortcut")).isEqualTo("greet-1");
        put(TestApi.ADMIN, "greet_2", Map.of("body", "Welcome")).hasStatus(200);
        put(TestApi.ADMIN, "other", Map.of("body", "Other")).hasStatus(200);

        Reply listed =
                http.get("/api/v1/canned-responses?prefix=GREET", anne.token()).hasStatus(200);

        assertThat(listed.each("shortcut")).containsExactly("greet-1", "greet_2");
        assertThat(listed.each("body")).containsExactly("Hi {visitor.name}!", "Welcome");
        assertThat(http.get("/api/v1/canned-responses", bruno.token())
                        .hasStatus(200)
                        .each("shortcut"))
                .contains("greet-1", "greet_2", "other");
    }

    @Test
    void onlyManagersWriteAndVisitorsOrUsersNeverRead() {
        Visitor v = t.start(channel);
        User plain = t.user(TestApi.unique("Ursula"), "USER", "fr", List.of(), List.of());

        put(anne.token(), "nope", Map.of("body", "x")).isProblem(403);
        http.delete("/api/v1/canned-responses/nope", anne.token()).isProblem(403);
        http.get("/api/v1/canned-responses", v.token()).isProblem(403);
        http.get("/api/v1/canned-responses", plain.token()).isProblem(403);
        http.get("/api/v1/canned-responses", null).isProblem(401);
        assertThat(http.get("/api/v1/canned-responses?prefix=nope", anne.token())
                        .hasStatus(200)
                        .json())
                .isEmpty();
    }

    @Test
    void badShortcutsAndBodiesAreRefusedNamingTheField() {
        put(TestApi.ADMIN, "has.dot", Map.of("body", "x")).namesFields("shortcut");
        put(TestApi.ADMIN, "a".repeat(33), Map.of("body", "x")).namesFields("shortcut");
        put(TestApi.ADMIN, "ok", Map.of("body", "Hi {vistor.name}")).namesFields("body");
        put(TestApi.ADMIN, "ok", Map.of("body", "  ")).namesFields("body");
        put(TestApi.ADMIN, "ok", Map.of()).namesFields("body");
        assertThat(http.get("/api/v1/canned-responses?prefix=ok", anne.token()).json())
                .isEmpty();
    }

    @Test
    void deletingRemovesItAndASecondDeleteIsNotFound() {
        put(TestApi.ADMIN, "bye", Map.of("body", "Bye")).hasStatus(200);

        http.delete("/api/v1/canned-responses/BYE", TestApi.ADMIN).hasStatus(204);

        http.delete("/api/v1/canned-responses/bye", TestApi.ADMIN).isProblem(404);
        http.delete("/api/v1/canned-responses/has.dot", TestApi.ADMIN).isProblem(404);
    }

    @Test
    void aParticipantPostsOneWithThePlaceholdersFilledIn() {
        put(TestApi.ADMIN, "refund", Map.of("body", "{visitor.name}, {operator.name} of {channel.name}: 5 days."))
                .hasStatus(200);
        Visitor v = t.start(Map.of("channelId", channel, "visitor", Map.of("name", "Marie")), Map.of());

        Reply posted = http.post(v.path("/messages"), anne.token(), Map.of("cannedResponse", "Refund"))
                .hasStatus(201);

        assertThat(posted.text("authorKind")).isEqualTo("OPERATOR");
        assertThat(posted.text("body")).isEqualTo("Marie, " + anne.name() + " of " + channelName() + ": 5 days.");
        assertThat(http.get(v.path("/messages"), v.token()).hasStatus(200).each("body"))
                .last()
                .isEqualTo(posted.text("body"));
    }

    @Test
    void postingOneIsRefusedForBadInputAndWritesNothing() {
        put(TestApi.ADMIN, "thanks", Map.of("body", "Thanks!")).hasStatus(200);
        Visitor v = t.start(channel);
        int before = http.get(v.path("/messages"), v.token()).json().size();

        http.post(v.path("/messages"), anne.token(), Map.of("cannedResponse", "thanks", "body", "x"))
                .namesFields("cannedResponse");
        http.post(v.path("/messages"), anne.token(), Map.of("cannedResponse", "no such!"))
                .namesFields("cannedResponse");
        http.post(v.path("/messages"), anne.token(), Map.of("cannedResponse", "unknown"))
                .isProblem(404);
        http.post(v.path("/messages"), v.token(), Map.of("cannedResponse", "thanks"))
                .isProblem(403);
        http.post(v.path("/messages"), bruno.token(), Map.of("cannedResponse", "thanks"))
                .isProblem(403);
        http.post(v.path("/messages"), anne.token(), Map.of()).namesFields("body");

        assertThat(http.get(v.path("/messages"), v.token()).json().size()).isEqualTo(before);
    }

    @Test
    void aStoredTemplateWithAnUnknownPlaceholderIsABadRequestNamingCannedResponse() {
        // stored around the check, as an embedder's own store could hold it
        t.store
                .cannedResponses()
                .put(new dev.livechat.domain.canned.CannedResponse(
                        dev.livechat.domain.canned.Shortcut.of("legacy"),
                        dev.livechat.domain.canned.Template.stored("Dear {visitor.title}")));
        Visitor v = t.start(channel);

        http.post(v.path("/messages"), anne.token(), Map.of("cannedResponse", "legacy"))
                .namesFields("cannedResponse");
    }

    private String channelName() {
        return http.get("/api/v1/channels", TestApi.ADMIN).json().findValuesAsText("name").stream()
                .filter(n -> n.startsWith("Billing desk"))
                .findFirst()
                .orElseThrow();
    }
}
