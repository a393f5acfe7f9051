package dev.livechat.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.livechat.adapter.rest.TestApi.User;
import dev.livechat.adapter.rest.TestApi.Visitor;
import dev.livechat.testsupport.Http;
import dev.livechat.testsupport.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Hostile callers over real HTTP: no open mail relay, no borrowed identity, no foreign origin. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailIdentityOriginsApiTest {
    static final String SHOP = "https://shop.example.com";

    final TestApi t = new TestApi();
    final Http http = t.http;

    @AfterAll
    void stop() {
        t.close();
    }

    String channelWithOrigins(String... origins) {
        return http.post(
                        "/api/v1/channels",
                        TestApi.ADMIN,
                        Map.of("name", TestApi.unique("Shop"), "allowedOrigins", List.of(origins)))
                .hasStatus(201)
                .text("id");
    }

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
                        "authorization, content-type"));
    }

    @Nested
    class Transcripts {
        @Test
        void aVisitorsTextGoesNowhereUntilTheLinkIsFollowedAndAFourthRequestIsRefused() {
            String channel = t.channel("Relay");
            Visitor v = t.start(
                    Map.of("channelId", channel, "visitor", Map.of("name", "Mallory"), "message", "cheap watches"),
                    Map.of());
            http.post(v.path("/close"), v.token(), null).hasStatus(200);

            Reply asked = http.post(v.path("/transcript"), v.token(), Map.of("email", "victim@example.org"))
                    .hasStatus(202);
            assertThat(asked.text("state")).isEqualTo("AWAITING_CONFIRMATION");
            assertThat(asked.text("confirmationExpiresAt")).isEqualTo("2026-03-03T09:00:00Z");
            assertThat(t.chat.deliverTranscripts().deliverDue(10)).isZero();
            var confirmation =
                    t.mailer.confirmations().get(t.mailer.confirmations().size() - 1);
            assertThat(confirmation.toString()).doesNotContain("Mallory", "watches");
            String link = confirmation.link().toString();
            String path = link.substring(link.indexOf("/api/v1/"));

            Reply page = http.get(path, null).hasStatus(200);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.body()).contains("confirmed").doesNotContain("Mallory", "victim");
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .contains("default-src 'none'; frame-ancestors 'none'");
            assertThat(http.send("GET", path, null, null, Map.of("Accept", "application/json"))
                            .hasStatus(200)
                            .text("state"))
                    .isEqualTo("PENDING");
            assertThat(t.chat.deliverTranscripts().deliverDue(10)).isEqualTo(1);

            http.post(v.path("/transcript"), v.token(), Map.of("email", "b@example.org"))
                    .hasStatus(202);
            http.post(v.path("/transcript"), v.token(), Map.of("email", "c@example.org"))
                    .hasStatus(202);
            Reply fourth = http.post(v.path("/transcript"), v.token(), Map.of("email", "d@example.org"))
                    .isProblem(429);
            assertThat(fourth.text("rule")).isEqualTo("visitor-transcript-requests-per-conversation");
            User operator = t.operator(TestApi.unique("Olga"), "en", channel);
            assertThat(http.post(v.path("/transcript"), operator.token(), Map.of("email", "anyone@example.org"))
                            .hasStatus(202)
                            .text("state"))
                    .isEqualTo("PENDING");
        }

        @Test
        void anUnknownTokenIsNotFoundAndHeadConfirmsNothing() {
            http.get("/api/v1/transcripts/confirm?token=nope", null).isProblem(404);
            http.send("HEAD", "/api/v1/transcripts/confirm?token=nope", null, null, Map.of())
                    .hasStatus(200);
        }
    }

    @Nested
    class Identity {
        @Test
        void aContactIdNeedsTheHashOfTheCurrentSecret() {
            http.put(
                            "/api/v1/contacts/vip-1",
                            TestApi.ADMIN,
                            Map.of("name", "Very Important", "email", "vip@example.com"))
                    .hasStatus(200);
            String channel = t.channel("Identity");
            User operator = t.operator(TestApi.unique("Olga"), "en", channel);

            http.send(
                            "POST",
                            "/api/v1/conversations",
                            null,
                            Map.of("channelId", channel, "visitor", Map.of("contactId", "vip-1")),
                            Map.of())
                    .namesFields("visitor.contactIdHash");
            String secret = t.identitySecret(channel);
            http.send(
                            "POST",
                            "/api/v1/conversations",
                            null,
                            Map.of(
                                    "channelId",
                                    channel,
                                    "visitor",
                                    Map.of("contactId", "vip-1", "contactIdHash", "ab".repeat(32))),
                            Map.of())
                    .namesFields("visitor.contactIdHash");
            Visitor vip = t.start(
                    Map.of(
                            "channelId",
                            channel,
                            "visitor",
                            Map.of("contactId", "vip-1", "contactIdHash", TestApi.hmac(secret, "vip-1"))),
                    Map.of());
            JsonNode panel = http.get(vip.path("/panel"), operator.token())
                    .hasStatus(200)
                    .json();
            assertThat(panel.path("contact").path("name").asText()).isEqualTo("Very Important");
            assertThat(panel.path("transcriptEmail").asText()).isEqualTo("vip@example.com");

            t.identitySecret(channel);
            http.send(
                            "POST",
                            "/api/v1/conversations",
                            null,
                            Map.of(
                                    "channelId",
                                    channel,
                                    "visitor",
                                    Map.of("contactId", "vip-1", "contactIdHash", TestApi.hmac(secret, "vip-1"))),
                            Map.of())
                    .namesFields("visitor.contactIdHash");
            JsonNode listed =
                    http.get("/api/v1/channels", TestApi.ADMIN).hasStatus(200).json();
            assertThat(listed.toString()).doesNotContain(secret).contains("\"identityVerification\":true");
        }
    }

    @Nested
    class Origins {
        @Test
        void anAllowedOriginGetsItselfBackOnPreflightAndOnTheCall() {
            String channel = channelWithOrigins(SHOP);
            Reply pre = preflight("/api/v1/conversations", SHOP, "POST").hasStatus(204);
            assertThat(pre.headers().firstValue("Access-Control-Allow-Origin")).contains(SHOP);
            assertThat(pre.headers().firstValue("Vary")).contains("Origin");
            assertThat(pre.headers().firstValue("Access-Control-Allow-Headers"))
                    .contains("Authorization, Content-Type, Last-Event-ID, Idempotency-Key");
            assertThat(pre.headers().firstValue("Access-Control-Max-Age")).contains("600");

            Reply started = http.send(
                            "POST", "/api/v1/conversations", null, Map.of("channelId", channel), Map.of("Origin", SHOP))
                    .hasStatus(201);
            assertThat(started.headers().firstValue("Access-Control-Allow-Origin"))
                    .contains(SHOP);
            String conversation = started.text("id");
            String token = started.text("visitorToken");
            String messages = "/api/v1/conversations/" + conversation + "/messages";
            assertThat(preflight(messages, SHOP, "POST").headers().firstValue("Access-Control-Allow-Origin"))
                    .contains(SHOP);
            Reply posted = http.send("POST", messages, token, Map.of("body", "hi"), Map.of("Origin", SHOP))
                    .hasStatus(201);
            assertThat(posted.headers().firstValue("Access-Control-Allow-Origin"))
                    .contains(SHOP);
            // never for an operator route, even for an allowed origin
            assertThat(http.send(
                                    "GET",
                                    "/api/v1/conversations/" + conversation + "/panel",
                                    TestApi.ADMIN,
                                    null,
                                    Map.of("Origin", SHOP))
                            .headers()
                            .firstValue("Access-Control-Allow-Origin"))
                    .isEmpty();
        }

        @Test
        void anotherOriginOrAChannelWithoutOriginsGetsNoCorsHeaders() {
            String channel = channelWithOrigins(SHOP);
            String bare = t.channel("No origins");
            Visitor v = t.start(bare);
            Visitor shop = t.start(channel);

            for (Reply reply : List.of(
                    preflight(shop.path("/messages"), "https://evil.example", "POST"),
                    preflight(v.path("/messages"), SHOP, "POST"),
                    http.send("POST", "/api/v1/conversations", null, Map.of("channelId", bare), Map.of("Origin", SHOP)),
                    http.send(
                            "GET",
                            shop.path("/messages"),
                            shop.token(),
                            null,
                            Map.of("Origin", "https://evil.example")),
                    http.send("GET", v.path("/messages"), v.token(), null, Map.of("Origin", SHOP))))
                assertThat(reply.headers().map().keySet())
                        .noneMatch(h -> h.toLowerCase().startsWith("access-control-"));
        }

        @Test
        void aManagerSetsOriginsOnAnExistingChannel() {
            String channel = t.channel("Later");
            Reply patched = http.patch(
                            "/api/v1/channels/" + channel,
                            TestApi.ADMIN,
                            Map.of("allowedOrigins", List.of("HTTPS://Shop.Example.com")))
                    .hasStatus(200);
            assertThat(patched.json().path("allowedOrigins").get(0).asText()).isEqualTo(SHOP);
            http.patch(
                            "/api/v1/channels/" + channel,
                            TestApi.ADMIN,
                            Map.of("allowedOrigins", List.of("https://shop.example.com/path")))
                    .namesFields("allowedOrigins[0]");
            Visitor v = t.start(channel);
            assertThat(http.send("GET", v.path("/messages"), v.token(), null, Map.of("Origin", SHOP))
                            .headers()
                            .firstValue("Access-Control-Allow-Origin"))
                    .contains(SHOP);
        }
    }
}
