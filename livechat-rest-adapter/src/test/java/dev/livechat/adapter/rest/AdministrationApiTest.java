package dev.livechat.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.livechat.adapter.rest.TestApi.User;
import dev.livechat.adapter.rest.TestApi.Visitor;
import dev.livechat.testsupport.Http;
import dev.livechat.testsupport.Reply;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The manager's endpoints and the operator's own ones, over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdministrationApiTest {
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

    Map<String, Object> newUser(String name) {
        Map<String, Object> user = new HashMap<>();
        user.put("name", name);
        user.put("email", "someone@example.com");
        user.put("role", "LIVECHAT_USER");
        user.put("mainLanguage", "nl-BE");
        user.put("languages", List.of("fr", "en"));
        user.put("country", "BE");
        user.put("expertise", List.of("Billing"));
        user.put("channels", List.of());
        return user;
    }

    @Nested
    class Users {
        @Test
        void theTokenIsShownOnceAtCreationAndNeverAgain() {
            Reply created =
                    http.post("/api/v1/users", TestApi.ADMIN, newUser("Noor")).hasStatus(201);
            JsonNode user = created.json();
            String id = user.path("id").asText();
            String token = user.path("token").asText();
            assertThat(token).hasSizeGreaterThan(20);
            assertThat(user.path("presence").asText()).isEqualTo("OFFLINE");
            assertThat(user.path("languages").toString()).isEqualTo("[\"en\",\"fr\"]");

            assertThat(http.get("/api/v1/users/" + id, TestApi.ADMIN)
                            .hasStatus(200)
                            .json()
                            .has("token"))
                    .isFalse();
            JsonNode all =
                    http.get("/api/v1/users", TestApi.ADMIN).hasStatus(200).json();
            assertThat(all.findValues("token")).isEmpty();
            assertThat(http.get("/api/v1/users", TestApi.ADMIN).ids()).contains(id);
            assertThat(http.get("/api/v1/me", token).hasStatus(200).text("id")).isEqualTo(id);
        }

        @Test
        void patchMergesTheGivenFieldsIntoTheProfile() {
            String id =
                    http.post("/api/v1/users", TestApi.ADMIN, newUser("Lena")).text("id");
            Reply patched = http.patch(
                            "/api/v1/users/" + id,
                            TestApi.ADMIN,
                            Map.of("expertise", List.of("Hardware"), "role", "LIVECHAT_MANAGER"))
                    .hasStatus(200);
            assertThat(patched.text("name")).isEqualTo("Lena");
            assertThat(patched.text("mainLanguage")).isEqualTo("nl-BE");
            assertThat(patched.text("country")).isEqualTo("BE");
            assertThat(patched.text("role")).isEqualTo("LIVECHAT_MANAGER");
            assertThat(patched.json().path("expertise").toString()).isEqualTo("[\"Hardware\"]");

            Map<String, Object> clear = new HashMap<>();
            clear.put("country", null);
            assertThat(http.patch("/api/v1/users/" + id, TestApi.ADMIN, clear)
                            .hasStatus(200)
                            .json()
                            .path("country")
                            .isNull())
                    .isTrue();
            Map<String, Object> nameless = new HashMap<>();
            nameless.put("name", null);
            http.patch("/api/v1/users/" + id, TestApi.ADMIN, nameless).namesFields("name");
            http.patch("/api/v1/users/" + id, TestApi.ADMIN, Map.of("presence", "ONLINE"))
                    .namesFields("presence");
            http.patch("/api/v1/users/nobody", TestApi.ADMIN, Map.of("name", "X"))
                    .isProblem(404);
        }

        @Test
        void invalidFieldsAreEachNamed() {
            Map<String, Object> bad = newUser("Bad");
            bad.put("email", "no at sign");
            bad.put("languages", List.of("fr", "not a tag!"));
            bad.put("country", "Belgium");
            http.post("/api/v1/users", TestApi.ADMIN, bad).namesFields("email", "languages[1]", "country");
            Map<String, Object> role = newUser("Role");
            role.put("role", "ADMIN");
            http.post("/api/v1/users", TestApi.ADMIN, role).namesFields("role");
            http.post("/api/v1/users", TestApi.ADMIN, Map.of("name", "Half"))
                    .namesFields("email", "role", "mainLanguage");
        }

        @Test
        void anUnknownChannelOrUserIsNotFound() {
            Map<String, Object> user = newUser("Lost");
            user.put("channels", List.of("no-such-channel"));
            http.post("/api/v1/users", TestApi.ADMIN, user).isProblem(404);
            http.get("/api/v1/users/no-such-user", TestApi.ADMIN).isProblem(404);
        }

        @Test
        void onlyManagersAdministerUsers() {
            User operator = t.operator(TestApi.unique("Olga"), "en", t.channel("Web"));
            http.post("/api/v1/users", operator.token(), newUser("Sneaky")).isProblem(403);
            http.get("/api/v1/users", operator.token()).isProblem(403);
            http.get("/api/v1/users/" + operator.id(), operator.token()).isProblem(403);
            http.patch("/api/v1/users/" + operator.id(), operator.token(), Map.of("role", "LIVECHAT_MANAGER"))
                    .isProblem(403);
            http.get("/api/v1/users", null).isProblem(401);
        }
    }

    @Nested
    class Me {
        @Test
        void anOperatorReadsItselfAndSetsItsPresence() {
            User olga = t.user(TestApi.unique("Olga"), "LIVECHAT_USER", "en", List.of(), List.of());
            assertThat(http.get("/api/v1/me", olga.token()).hasStatus(200).text("name"))
                    .isEqualTo(olga.name());
            Reply busy = http.put("/api/v1/me/presence", olga.token(), Map.of("presence", "BUSY"))
                    .hasStatus(200);
            assertThat(busy.text("presence")).isEqualTo("BUSY");
            http.put("/api/v1/me/presence", olga.token(), Map.of("presence", "SLEEPING"))
                    .namesFields("presence");
            http.put("/api/v1/me/presence", olga.token(), Map.of()).namesFields("presence");
        }

        @Test
        void becomingAvailableTakesTheOldestWaitingConversation() {
            String channel = t.channel("Night");
            User late = t.user(TestApi.unique("Late"), "LIVECHAT_USER", "en", List.of(channel), List.of());
            Visitor waiting = t.start(channel);
            assertThat(waiting.started().json().path("operator").isNull()).isTrue();
            t.online(late);
            JsonNode panel = http.get(waiting.path("/panel"), late.token()).json();
            assertThat(panel.path("operators").findValuesAsText("id")).containsExactly(late.id());
        }

        @Test
        void visitorsAndUsersWithoutLiveChatAccessHaveNoPresence() {
            Visitor v = t.start(t.channel("Web"));
            http.get("/api/v1/me", v.token()).isProblem(403);
            http.put("/api/v1/me/presence", v.token(), Map.of("presence", "ONLINE"))
                    .isProblem(403);
            User clerk = t.user(TestApi.unique("Clerk"), "USER", "en", List.of(), List.of());
            http.get("/api/v1/me", clerk.token()).hasStatus(200);
            http.put("/api/v1/me/presence", clerk.token(), Map.of("presence", "ONLINE"))
                    .isProblem(403);
        }
    }

    @Nested
    class Channels {
        @Test
        void theCapDefaultsToTenAndNullIsUnlimited() {
            Reply byDefault = http.post("/api/v1/channels", TestApi.ADMIN, Map.of("name", "Sales"))
                    .hasStatus(201);
            assertThat(byDefault.json().path("maxSessionsPerOperator").asInt()).isEqualTo(10);
            Map<String, Object> unlimited = new HashMap<>();
            unlimited.put("name", "Support");
            unlimited.put("maxSessionsPerOperator", null);
            Reply none = http.post("/api/v1/channels", TestApi.ADMIN, unlimited).hasStatus(201);
            assertThat(none.json().path("maxSessionsPerOperator").isNull()).isTrue();
            Reply three = http.post(
                            "/api/v1/channels", TestApi.ADMIN, Map.of("name", "VIP", "maxSessionsPerOperator", 3))
                    .hasStatus(201);
            assertThat(three.json().path("maxSessionsPerOperator").asInt()).isEqualTo(3);
            http.post("/api/v1/channels", TestApi.ADMIN, Map.of("name", "Zero", "maxSessionsPerOperator", 0))
                    .namesFields("maxSessionsPerOperator");
            http.post("/api/v1/channels", TestApi.ADMIN, Map.of("maxSessionsPerOperator", 2))
                    .namesFields("name");
        }

        @Test
        void liveChatUsersListThemOnlyManagersCreateThem() {
            String id = t.channel("Listed");
            User operator = t.operator(TestApi.unique("Olga"), "en", id);
            assertThat(http.get("/api/v1/channels", operator.token())
                            .hasStatus(200)
                            .ids())
                    .contains(id);
            http.post("/api/v1/channels", operator.token(), Map.of("name", "Mine"))
                    .isProblem(403);
            User clerk = t.user(TestApi.unique("Clerk"), "USER", "en", List.of(), List.of());
            http.get("/api/v1/channels", clerk.token()).isProblem(403);
        }

        /** Listing every channel is administration; an operator's console needs its own ones only. */
        @Test
        void anOperatorListsOnlyTheChannelsItIsAMemberOfAManagerEveryChannel() {
            String mine = t.channel("Mine");
            String theirs = t.channel("Theirs");
            User operator = t.operator(TestApi.unique("Olga"), "en", mine);
            assertThat(http.get("/api/v1/channels", operator.token())
                            .hasStatus(200)
                            .ids())
                    .contains(mine)
                    .doesNotContain(theirs);
            User member = t.user(TestApi.unique("Nina"), "LIVECHAT_USER", "en", List.of(), List.of());
            assertThat(http.get("/api/v1/channels", member.token())
                            .hasStatus(200)
                            .ids())
                    .isEmpty();
            assertThat(http.get("/api/v1/channels", TestApi.ADMIN)
                            .hasStatus(200)
                            .ids())
                    .contains(mine, theirs);
            http.get("/api/v1/channels", null).isProblem(401);
        }
    }

    @Nested
    class Directory {
        @Test
        void contactsAndTicketsAreUpsertedAndShownInThePanel() {
            Map<String, Object> contact = Map.of(
                    "name", "Acme SA",
                    "email", "buyer@acme.example",
                    "phone", "+32 2 123 45 67",
                    "links", List.of(Map.of("label", "Sales order S00042", "url", "https://erp.example/so/42")));
            Reply put =
                    http.put("/api/v1/contacts/acme", TestApi.ADMIN, contact).hasStatus(200);
            assertThat(put.json().path("links").get(0).path("url").asText()).isEqualTo("https://erp.example/so/42");
            Reply ticket = http.put(
                            "/api/v1/tickets/T-1",
                            TestApi.ADMIN,
                            Map.of(
                                    "contactId",
                                    "acme",
                                    "reference",
                                    "HD-1",
                                    "title",
                                    "Broken",
                                    "status",
                                    "OPEN",
                                    "url",
                                    "https://hd.example/1"))
                    .hasStatus(200);
            assertThat(ticket.text("status")).isEqualTo("OPEN");
            http.put(
                            "/api/v1/tickets/T-2",
                            TestApi.ADMIN,
                            Map.of(
                                    "contactId",
                                    "acme",
                                    "reference",
                                    "HD-2",
                                    "title",
                                    "Done",
                                    "status",
                                    "CLOSED",
                                    "url",
                                    "https://hd.example/2"))
                    .hasStatus(200);

            String channel = t.channel("Web");
            User operator = t.operator(TestApi.unique("Olga"), "en", channel);
            String secret = t.identitySecret(channel);
            Visitor v = t.start(
                    Map.of(
                            "channelId",
                            channel,
                            "visitor",
                            Map.of("contactId", "acme", "contactIdHash", TestApi.hmac(secret, "acme"))),
                    Map.of());
            JsonNode panel = http.get(v.path("/panel"), operator.token()).json();
            assertThat(panel.path("contact").path("name").asText()).isEqualTo("Acme SA");
            assertThat(panel.path("contact").path("phone").asText()).isEqualTo("+32 2 123 45 67");
            assertThat(panel.path("openTickets").findValuesAsText("reference")).containsExactly("HD-1");
            assertThat(panel.path("transcriptEmail").asText()).isEqualTo("buyer@acme.example");
        }

        @Test
        void refusalsNameTheFieldOrTheMissingContact() {
            http.put(
                            "/api/v1/contacts/bad",
                            TestApi.ADMIN,
                            Map.of("name", "Bad", "links", List.of(Map.of("label", "x", "url", "javascript:alert(1)"))))
                    .namesFields("links[0].url");
            http.put("/api/v1/contacts/bad", TestApi.ADMIN, Map.of("email", "x"))
                    .namesFields("name", "email");
            http.put(
                            "/api/v1/tickets/T-9",
                            TestApi.ADMIN,
                            Map.of(
                                    "contactId",
                                    "nobody",
                                    "reference",
                                    "R",
                                    "title",
                                    "T",
                                    "status",
                                    "OPEN",
                                    "url",
                                    "https://hd.example/9"))
                    .isProblem(404);
            http.put(
                            "/api/v1/tickets/T-9",
                            TestApi.ADMIN,
                            Map.of(
                                    "contactId",
                                    "acme",
                                    "reference",
                                    "R",
                                    "title",
                                    "T",
                                    "status",
                                    "MAYBE",
                                    "url",
                                    "https://hd.example/9"))
                    .namesFields("status");
            User operator = t.operator(TestApi.unique("Olga"), "en", t.channel("Web"));
            http.put("/api/v1/contacts/acme", operator.token(), Map.of("name", "Hijack"))
                    .isProblem(403);
            http.put(
                            "/api/v1/tickets/T-1",
                            operator.token(),
                            Map.of(
                                    "contactId",
                                    "acme",
                                    "reference",
                                    "R",
                                    "title",
                                    "T",
                                    "status",
                                    "OPEN",
                                    "url",
                                    "https://hd.example/9"))
                    .isProblem(403);
        }
    }

    @Nested
    class Reports {
        @Test
        void groupClosedConversationsOfARange() {
            String channel = t.channel("Reported");
            User operator = t.operator(TestApi.unique("Olga"), "en", channel);
            Visitor v = t.start(Map.of("channelId", channel, "message", "Hi"), Map.of());
            http.post(v.path("/messages"), operator.token(), Map.of("body", "Hello"))
                    .hasStatus(201);
            http.post(v.path("/close"), operator.token(), null).hasStatus(200);
            String range = "&from=2026-03-01T00:00:00Z&to=2026-03-03T00:00:00Z&channelId=" + channel;
            JsonNode rows = http.get("/api/v1/reports/conversations?groupBy=outcome" + range, TestApi.ADMIN)
                    .hasStatus(200)
                    .json();
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).path("key").asText()).isEqualTo("SUCCESS");
            assertThat(rows.get(0).path("count").asLong()).isEqualTo(1);
            assertThat(rows.get(0).fieldNames())
                    .toIterable()
                    .containsExactly(
                            "key",
                            "count",
                            "avgDurationSeconds",
                            "avgFirstResponseSeconds",
                            "avgMessages",
                            "avgRating");
            assertThat(http.get("/api/v1/reports/conversations?groupBy=day" + range, TestApi.ADMIN)
                            .json()
                            .get(0)
                            .path("key")
                            .asText())
                    .isEqualTo("2026-03-02");
        }

        @Test
        void refusalsNameTheParameterAndTheRole() {
            http.get(
                            "/api/v1/reports/conversations?groupBy=mood&from=2026-03-01T00:00:00Z&to=2026-03-03T00:00:00Z",
                            TestApi.ADMIN)
                    .namesFields("groupBy");
            http.get("/api/v1/reports/conversations?groupBy=tag", TestApi.ADMIN).namesFields("from", "to");
            http.get(
                            "/api/v1/reports/conversations?groupBy=tag&from=2026-03-03T00:00:00Z&to=2026-03-01T00:00:00Z",
                            TestApi.ADMIN)
                    .namesFields("to");
            User operator = t.operator(TestApi.unique("Olga"), "en", t.channel("Web"));
            http.get(
                            "/api/v1/reports/conversations?groupBy=tag&from=2026-03-01T00:00:00Z&to=2026-03-03T00:00:00Z",
                            operator.token())
                    .isProblem(403);
        }
    }
}
