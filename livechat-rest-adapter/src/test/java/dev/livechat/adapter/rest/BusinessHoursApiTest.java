package dev.livechat.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.livechat.adapter.rest.TestApi.User;
import dev.livechat.testsupport.Http;
import dev.livechat.testsupport.Reply;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Business hours, availability and offline messages over real HTTP (the test clock starts Monday 2 March 2026, 10:00 in Brussels). */
class BusinessHoursApiTest {
    final TestApi t = new TestApi();
    final Http http = t.http;

    @AfterEach
    void stop() {
        t.close();
    }

    static Map<String, Object> weekdays() {
        List<Map<String, Object>> weekly = List.of(
                Map.of("day", "MONDAY", "from", "09:00", "to", "17:30"),
                Map.of("day", "TUESDAY", "from", "09:00", "to", "17:30"),
                Map.of("day", "WEDNESDAY", "from", "09:00", "to", "17:30"),
                Map.of("day", "THURSDAY", "from", "09:00", "to", "17:30"),
                Map.of("day", "FRIDAY", "from", "09:00", "to", "17:30"));
        return Map.of("timeZone", "Europe/Brussels", "weekly", weekly, "closedOn", List.of("2026-03-03"));
    }

    String channel(Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>(extra);
        body.put("name", TestApi.unique("Support"));
        return http.post("/api/v1/channels", TestApi.ADMIN, body).hasStatus(201).text("id");
    }

    Reply start(String channel) {
        return http.post("/api/v1/conversations", null, Map.of("channelId", channel));
    }

    Reply availability(String channel) {
        return http.get("/api/v1/channels/" + channel + "/availability", null);
    }

    Reply leave(String channel, Object body) {
        return http.post("/api/v1/channels/" + channel + "/offline-messages", null, body);
    }

    static Map<String, Object> note(String text) {
        return Map.of("name", "Ana", "email", "ana@example.org", "message", text);
    }

    @Nested
    class Settings {
        @Test
        void aManagerSetsHoursFlagAndAddressAtCreationAndSeesThemBack() {
            Reply created = http.post(
                            "/api/v1/channels",
                            TestApi.ADMIN,
                            Map.of(
                                    "name",
                                    TestApi.unique("Shop"),
                                    "businessHours",
                                    weekdays(),
                                    "closedWithoutOperators",
                                    true,
                                    "email",
                                    "support@shop.example"))
                    .hasStatus(201);
            JsonNode hours = created.json().path("businessHours");
            assertThat(hours.path("timeZone").asText()).isEqualTo("Europe/Brussels");
            assertThat(hours.path("weekly")).hasSize(5);
            assertThat(hours.path("weekly").get(0).path("day").asText()).isEqualTo("MONDAY");
            assertThat(hours.path("weekly").get(0).path("to").asText()).isEqualTo("17:30");
            assertThat(hours.path("closedOn").get(0).asText()).isEqualTo("2026-03-03");
            assertThat(created.json().path("closedWithoutOperators").asBoolean())
                    .isTrue();
            assertThat(created.text("email")).isEqualTo("support@shop.example");

            JsonNode listed = null;
            for (JsonNode c :
                    http.get("/api/v1/channels", TestApi.ADMIN).hasStatus(200).json())
                if (c.path("id").asText().equals(created.text("id"))) listed = c;
            assertThat(listed).isNotNull();
            assertThat(listed.path("businessHours")).isEqualTo(hours);
        }

        @Test
        void aPatchChangesOnlyWhatItNamesAndNullRemoves() {
            String c = channel(Map.of("businessHours", weekdays(), "email", "support@shop.example"));

            Reply flagged = http.patch("/api/v1/channels/" + c, TestApi.ADMIN, Map.of("closedWithoutOperators", true))
                    .hasStatus(200);
            assertThat(flagged.json().path("businessHours").path("weekly")).hasSize(5);
            assertThat(flagged.text("email")).isEqualTo("support@shop.example");
            assertThat(flagged.json().path("closedWithoutOperators").asBoolean())
                    .isTrue();

            Map<String, Object> removal = new LinkedHashMap<>();
            removal.put("businessHours", null);
            removal.put("email", null);
            Reply removed =
                    http.patch("/api/v1/channels/" + c, TestApi.ADMIN, removal).hasStatus(200);
            assertThat(removed.json().path("businessHours").isNull()).isTrue();
            assertThat(removed.json().path("email").isNull()).isTrue();
            assertThat(removed.json().path("closedWithoutOperators").asBoolean())
                    .isTrue();
        }

        @Test
        void badHoursAreRefusedNamingEachFieldAndNothingChanges() {
            String c = channel(Map.of("businessHours", weekdays(), "email", "support@shop.example"));
            Map<String, Object> bad = Map.of(
                    "timeZone",
                    "Mars/Olympus",
                    "weekly",
                    List.of(
                            Map.of("day", "MONDAY", "from", "17:00", "to", "09:00"),
                            Map.of("day", "Funday", "from", "9:00", "to", "25:00")),
                    "closedOn",
                    List.of("2026-02-30"));
            http.patch(
                            "/api/v1/channels/" + c,
                            TestApi.ADMIN,
                            Map.of("name", "Renamed", "businessHours", bad, "email", "a@b.example\r\nBcc: x@y.example"))
                    .namesFields(
                            "businessHours.timeZone",
                            "businessHours.weekly[0].to",
                            "businessHours.weekly[1].day",
                            "businessHours.weekly[1].from",
                            "businessHours.weekly[1].to",
                            "businessHours.closedOn[0]",
                            "email");
            http.patch("/api/v1/channels/" + c, TestApi.ADMIN, Map.of("closedWithoutOperators", "yes"))
                    .isProblem(400);

            JsonNode after = null;
            for (JsonNode ch : http.get("/api/v1/channels", TestApi.ADMIN).json())
                if (ch.path("id").asText().equals(c)) after = ch;
            assertThat(after.path("name").asText()).isNotEqualTo("Renamed");
            assertThat(after.path("businessHours").path("timeZone").asText()).isEqualTo("Europe/Brussels");
            assertThat(after.path("email").asText()).isEqualTo("support@shop.example");
        }

        @Test
        void onlyAManagerSetsThem() {
            String c = channel(Map.of());
            User op = t.operator("Olga", "en", c);
            http.patch("/api/v1/channels/" + c, op.token(), Map.of("businessHours", weekdays()))
                    .isProblem(403);
            http.patch("/api/v1/channels/" + c, null, Map.of("businessHours", weekdays()))
                    .isProblem(401);
        }
    }

    @Nested
    class Availability {
        @Test
        void withinHoursAStartIsTakenOutsideItIsRefusedWithTheNextOpening() {
            String c = channel(Map.of("businessHours", weekdays()));
            Reply open = availability(c).hasStatus(200);
            assertThat(open.json().path("open").asBoolean()).isTrue();
            assertThat(open.json().path("nextOpening").isNull()).isTrue();
            start(c).hasStatus(201);

            // Monday 18:00 in Brussels; Tuesday 3 March is closed, so Wednesday 09:00 (08:00 UTC)
            t.clock.set(Instant.parse("2026-03-02T17:00:00Z"));
            Reply closed = availability(c).hasStatus(200);
            assertThat(closed.json().path("open").asBoolean()).isFalse();
            assertThat(closed.json().path("acceptsConversations").asBoolean()).isFalse();
            assertThat(closed.text("nextOpening")).isEqualTo("2026-03-04T08:00:00Z");

            int before = http.get("/api/v1/conversations?channelId=" + c, TestApi.ADMIN)
                    .json()
                    .size();
            Reply refused = start(c).isProblem(409);
            assertThat(refused.text("type")).isEqualTo("urn:livechat:problem:channel-closed");
            assertThat(refused.text("nextOpening")).isEqualTo("2026-03-04T08:00:00Z");
            assertThat(http.get("/api/v1/conversations?channelId=" + c, TestApi.ADMIN)
                            .json()
                            .size())
                    .as("nothing stored")
                    .isEqualTo(before);
        }

        @Test
        void aChannelClosedWithoutOperatorsOpensWhenOneComesOnline() {
            String c = channel(Map.of("closedWithoutOperators", true));
            Reply none = availability(c).hasStatus(200);
            assertThat(none.json().path("open").asBoolean()).isTrue();
            assertThat(none.json().path("operatorsAvailable").asBoolean()).isFalse();
            assertThat(none.json().path("acceptsConversations").asBoolean()).isFalse();
            Reply refused = start(c).isProblem(409);
            assertThat(refused.text("type")).isEqualTo("urn:livechat:problem:channel-closed");
            assertThat(refused.json().path("nextOpening").isNull()).isTrue();

            t.operator("Olga", "en", c);
            assertThat(availability(c).json().path("operatorsAvailable").asBoolean())
                    .isTrue();
            start(c).hasStatus(201);
        }

        @Test
        void withoutTheFlagAVisitorStartsAndWaitsForAnOperator() {
            String c = channel(Map.of());
            assertThat(availability(c).json().path("acceptsConversations").asBoolean())
                    .isTrue();
            start(c).hasStatus(201);
        }

        @Test
        void anUnknownChannelIs404AndABadIdIs400() {
            availability("nope").isProblem(404);
            availability("bad%20id").namesFields("id");
        }
    }

    @Nested
    class OfflineMessages {
        @Test
        void aVisitorLeavesOneOperatorsOfTheChannelSeeAndHandleItOnceAndItIsMailedOnce() {
            String c = channel(Map.of("businessHours", weekdays(), "email", "support@shop.example"));
            String other = channel(Map.of());
            User olga = t.operator("Olga", "en", c);
            User stranger = t.operator("Sam", "en", other);
            User user = t.user("Uma", "USER", "en", List.of(c), List.of());
            t.clock.set(Instant.parse("2026-03-02T17:00:00Z"));

            Reply left = leave(c, note("Where is my order?")).hasStatus(202);
            String id = left.text("id");
            assertThat(left.text("channelId")).isEqualTo(c);
            assertThat(t.offlineCreated).extracting(m -> m.id().value()).containsExactly(id);

            Reply listed =
                    http.get("/api/v1/offline-messages?state=NEW", olga.token()).hasStatus(200);
            assertThat(listed.ids()).containsExactly(id);
            assertThat(listed.json().get(0).path("message").asText()).isEqualTo("Where is my order?");
            assertThat(listed.json().get(0).path("mail").path("state").asText()).isEqualTo("PENDING");
            assertThat(http.get("/api/v1/offline-messages", stranger.token()).ids())
                    .isEmpty();
            assertThat(http.get("/api/v1/offline-messages", TestApi.ADMIN).ids())
                    .contains(id);
            http.get("/api/v1/offline-messages", user.token()).isProblem(403);
            http.get("/api/v1/offline-messages", null).isProblem(401);
            http.get("/api/v1/offline-messages?state=DONE", olga.token()).namesFields("state");

            String handled = "/api/v1/offline-messages/" + id + "/handled";
            http.post(handled, stranger.token(), null).isProblem(403);
            http.post(handled, user.token(), null).isProblem(403);
            Reply done = http.post(handled, olga.token(), null).hasStatus(200);
            assertThat(done.text("state")).isEqualTo("HANDLED");
            assertThat(done.json().path("handledBy").path("name").asText()).isEqualTo("Olga");
            assertThat(done.text("handledAt")).isEqualTo("2026-03-02T17:00:00Z");
            Reply again = http.post(handled, TestApi.ADMIN, null).isProblem(409);
            assertThat(again.text("detail")).contains("Olga");
            http.post("/api/v1/offline-messages/unknown/handled", olga.token(), null)
                    .isProblem(404);
            assertThat(http.get("/api/v1/offline-messages?state=NEW", olga.token())
                            .ids())
                    .isEmpty();
            assertThat(http.get("/api/v1/offline-messages?state=HANDLED", olga.token())
                            .ids())
                    .containsExactly(id);

            t.mailer.failNext(1);
            assertThat(t.chat.deliverOfflineMessages().deliverDue(10)).isEqualTo(1);
            assertThat(t.mailer.offlineSent()).isEmpty();
            t.clock.set(Instant.parse("2026-03-02T17:01:00Z"));
            assertThat(t.chat.deliverOfflineMessages().deliverDue(10)).isEqualTo(1);
            assertThat(t.chat.deliverOfflineMessages().deliverDue(10)).isZero();
            assertThat(t.mailer.offlineSent()).singleElement().satisfies(sent -> {
                assertThat(sent.to().value()).isEqualTo("support@shop.example");
                assertThat(sent.mail().message().text()).isEqualTo("Where is my order?");
            });
            JsonNode mail = http.get("/api/v1/offline-messages", olga.token())
                    .json()
                    .get(0)
                    .path("mail");
            assertThat(mail.path("state").asText()).isEqualTo("SENT");
            assertThat(mail.path("attempts").asInt()).isEqualTo(2);
            assertThat(mail.path("lastError").isNull()).isTrue();
        }

        @Test
        void withoutAnAddressItIsKeptAndListedButNotMailed() {
            String c = channel(Map.of());
            String id = leave(c, note("hello")).hasStatus(202).text("id");
            assertThat(t.chat.deliverOfflineMessages().deliverDue(10)).isZero();
            JsonNode listed =
                    http.get("/api/v1/offline-messages", TestApi.ADMIN).json();
            JsonNode mine = null;
            for (JsonNode m : listed) if (m.path("id").asText().equals(id)) mine = m;
            assertThat(mine.path("mail").path("state").asText()).isEqualTo("NO_ADDRESS");
        }

        @Test
        void badInputIsRefusedNamingTheFieldAndNothingIsKept() {
            String c = channel(Map.of("email", "support@shop.example"));
            leave(c, Map.of("email", "not an address", "message", " ")).namesFields("name", "email", "message");
            leave(c, Map.of("name", "Ana", "email", "ana@example.org", "message", "x".repeat(5_001)))
                    .namesFields("message");
            leave(c, Map.of("name", "Ana\r\nBcc: x@example.org", "email", "ana@example.org", "message", "hi"))
                    .namesFields("name");
            leave(c, Map.of("name", "Ana", "email", "ana@example.org\r\nBcc: x@example.org", "message", "hi"))
                    .namesFields("email");
            leave("nope", note("hi")).isProblem(404);
            assertThat(http.get("/api/v1/offline-messages", TestApi.ADMIN).ids())
                    .isEmpty();
            assertThat(t.offlineCreated).isEmpty();
        }
    }

    @Nested
    class Origins {
        static final String SHOP = "https://shop.example.com";

        Reply preflight(String path, String origin, String method) {
            return http.send(
                    "OPTIONS",
                    path,
                    null,
                    null,
                    Map.of(
                            "Origin",
                            origin,
                            "Access-Control-Request-Method",
                            method,
                            "Access-Control-Request-Headers",
                            "content-type"));
        }

        @Test
        void theWidgetOnAnAllowedOriginMayAskAndLeaveAMessageOthersGetNoCorsHeader() {
            String c = channel(Map.of("allowedOrigins", List.of(SHOP)));
            String availability = "/api/v1/channels/" + c + "/availability";
            String offline = "/api/v1/channels/" + c + "/offline-messages";

            assertThat(preflight(availability, SHOP, "GET").headers().firstValue("Access-Control-Allow-Origin"))
                    .contains(SHOP);
            assertThat(preflight(offline, SHOP, "POST").headers().firstValue("Access-Control-Allow-Origin"))
                    .contains(SHOP);
            assertThat(preflight(offline, "https://evil.example", "POST")
                            .headers()
                            .firstValue("Access-Control-Allow-Origin"))
                    .isEmpty();

            Reply asked = http.send("GET", availability, null, null, Map.of("Origin", SHOP))
                    .hasStatus(200);
            assertThat(asked.headers().firstValue("Access-Control-Allow-Origin"))
                    .contains(SHOP);
            Reply left = http.send("POST", offline, null, note("hi"), Map.of("Origin", SHOP))
                    .hasStatus(202);
            assertThat(left.headers().firstValue("Access-Control-Allow-Origin")).contains(SHOP);
            Reply foreign = http.send("GET", availability, null, null, Map.of("Origin", "https://evil.example"))
                    .hasStatus(200);
            assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin"))
                    .isEmpty();
        }
    }

    @Test
    void anOfflineMessageCountsAsAStartForTheRateLimits() {
        RateLimits limits = new RateLimits(
                true,
                RateLimits.Limit.perMinute(2),
                RateLimits.Limit.perMinute(600),
                RateLimits.Limit.perMinute(120),
                RateLimits.Limit.perHour(10),
                RateLimits.Limit.perMinute(20));
        try (TestApi limited = new TestApi(TestApi.settings().withRateLimits(limits), () -> Map.of("database", true))) {
            String c = limited.channel("Limited");
            limited.http
                    .post("/api/v1/conversations", null, Map.of("channelId", c))
                    .hasStatus(201);
            limited.http
                    .post("/api/v1/channels/" + c + "/offline-messages", null, note("one"))
                    .hasStatus(202);
            Reply refused = limited.http
                    .post("/api/v1/channels/" + c + "/offline-messages", null, note("two"))
                    .isProblem(429);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(limited.http
                            .get("/api/v1/offline-messages", TestApi.ADMIN)
                            .ids())
                    .hasSize(1);
        }
    }
}
