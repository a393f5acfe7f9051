package dev.livechat.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livechat.adapter.rest.TestApi.User;
import dev.livechat.adapter.rest.TestApi.Visitor;
import dev.livechat.testsupport.Http;
import dev.livechat.testsupport.Reply;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile callers at the HTTP edge (docs/reliability.md, "Hostile input at the edge"): text the
 * databases cannot keep, dates they cannot store, requests Jetty refuses itself, HEAD, bodies that
 * are not JSON. Each is a 4xx problem+json naming what is wrong; none is a 500 or a plain page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileEdgeTest {
    TestApi t;
    Http http;
    String channel;
    User operator;
    Visitor visitor;

    @BeforeAll
    void start() {
        t = new TestApi();
        http = t.http;
        channel = t.channel("Web");
        operator = t.operator("Olga", "en", channel);
        visitor = t.start(channel);
    }

    @AfterAll
    void stop() {
        t.close();
    }

    @Nested
    class Text {
        /** JSON escapes as they travel: NUL, lone surrogates, non-characters. */
        @ParameterizedTest
        @ValueSource(strings = {"\\u0000", "\\ud800", "\\udfff", "\\ufffe", "\\uffff", "\\ufdd0", "\\ufdef"})
        void aStringWithACharacterNoDatabaseKeepsIsRefusedNamingTheField(String escape) {
            Reply reply = http.post(visitor.path("/messages"), visitor.token(), "{\"body\": \"x" + escape + "y\"}")
                    .namesFields("body");
            assertThat(reply.text("detail")).contains("U+");
        }

        @Test
        void nestedFieldsAndArrayElementsAreNamedByTheirPath() {
            http.post(
                            "/api/v1/conversations",
                            null,
                            "{\"channelId\": \"" + channel + "\", \"visitor\": {\"name\": \"x\\ud800y\"}}")
                    .namesFields("visitor.name");
            http.post(
                            "/api/v1/conversations",
                            null,
                            "{\"channelId\": \"" + channel
                                    + "\", \"chatbot\": {\"answers\": [{\"question\": \"q\", \"answer\": \"\\u0000\"}]}}")
                    .namesFields("chatbot.answers[0].answer");
            http.put(visitor.path("/expertise"), operator.token(), "{\"names\": [\"Billing\", \"a\\uffffb\"]}")
                    .namesFields("names[1]");
            http.put(visitor.path("/note"), operator.token(), "{\"no\\u0000te\": \"x\"}")
                    .isProblem(400);
        }

        @Test
        void emojiTabsAndNewlinesAreText() {
            Reply posted = http.post(
                            visitor.path("/messages"),
                            visitor.token(),
                            "{\"body\": \"ok \\ud83d\\ude00\\tand\\nmore\"}")
                    .hasStatus(201);
            assertThat(posted.text("body")).isEqualTo("ok \uD83D\uDE00\tand\nmore");
        }

        @Test
        void queryParametersAreCheckedToo() {
            http.get("/api/v1/tags?prefix=a%00b", operator.token()).namesFields("prefix");
            http.get("/api/v1/conversations?expertise=a%EF%BF%BF", operator.token())
                    .namesFields("expertise");
            http.get("/api/v1/conversations?channelId=%EF%B7%90", operator.token())
                    .namesFields("channelId");
            http.get(visitor.path("/messages?after=%00"), visitor.token()).namesFields("after");
        }

        @Test
        void pathParametersAreCheckedToo() {
            // Jetty refuses an encoded NUL in a path itself, before any route (and closes the
            // connection): a 400 problem still, saying why
            String nul = RawHttp.exchange(
                    t.api.port(),
                    "DELETE " + visitor.path("/tags/a%00b") + " HTTP/1.1\r\nHost: localhost\r\n"
                            + "Connection: close\r\n\r\n");
            assertThat(RawHttp.status(nul)).as(nul).isEqualTo(400);
            isProblem(nul, 400, true);
            assertThat(RawHttp.body(nul)).doesNotContain("\"detail\":\"Bad Request\"");
            http.delete(visitor.path("/tags/a%EF%BF%BEb"), operator.token()).namesFields("name");
            http.get("/api/v1/conversations/x%EF%B7%90/panel", operator.token()).namesFields("id");
            http.put("/api/v1/contacts/c%EF%BF%BF", TestApi.ADMIN, Map.of("name", "Marie"))
                    .namesFields("id");
        }
    }

    @Nested
    class Dates {
        @Test
        void instantsOutsideWhatTheDatabasesStoreAreRefusedNamingTheParameter() {
            Reply far = http.get(
                            "/api/v1/reports/conversations?groupBy=day&from=2020-01-01T00:00:00Z"
                                    + "&to=%2B999999999-12-31T23:59:59Z",
                            TestApi.ADMIN)
                    .namesFields("to");
            assertThat(far.text("detail")).contains("1970").contains("9999");
            // an unescaped '+' is a space in a query: not an instant either
            http.get(
                            "/api/v1/reports/conversations?groupBy=day&from=2020-01-01T00:00:00Z"
                                    + "&to=+999999999-12-31T23:59:59Z",
                            TestApi.ADMIN)
                    .namesFields("to");
            http.get("/api/v1/conversations?from=%2B999999999-12-31T23:59:59Z", operator.token())
                    .namesFields("from");
            http.get("/api/v1/conversations?to=-999999999-01-01T00:00:00Z", operator.token())
                    .namesFields("to");
            http.get("/api/v1/conversations?from=1969-12-31T23:59:59Z", operator.token())
                    .namesFields("from");
            http.get("/api/v1/conversations?from=1970-01-01T00:00:00Z&to=9999-12-31T23:59:59Z", operator.token())
                    .hasStatus(200);
        }

        @Test
        void aDayReportOverTooManyDaysIsRefusedNamingTheLimit() {
            Reply reply = http.get(
                            "/api/v1/reports/conversations?groupBy=day&from=1970-01-01T00:00:00Z"
                                    + "&to=9999-12-31T00:00:00Z",
                            TestApi.ADMIN)
                    .namesFields("to");
            assertThat(reply.text("detail")).contains(String.valueOf(AdminEndpoints.MAX_DAY_BUCKETS));
            http.get(
                            "/api/v1/reports/conversations?groupBy=day&from=2020-01-01T00:00:00Z"
                                    + "&to=2029-12-31T00:00:00Z",
                            TestApi.ADMIN)
                    .hasStatus(200);
            http.get(
                            "/api/v1/reports/conversations?groupBy=outcome&from=1970-01-01T00:00:00Z"
                                    + "&to=9999-12-31T00:00:00Z",
                            TestApi.ADMIN)
                    .hasStatus(200);
        }
    }

    /** What Jetty refuses before Javalin sees the request, for every method: problem+json still. */
    @Nested
    class ServerErrors {
        @ParameterizedTest
        @ValueSource(strings = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
        void aUriThatDoesNotDecodeIsA400Problem(String method) {
            String answer = RawHttp.exchange(
                    t.api.port(),
                    method + " /api/v1/conversations/%ff/note HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Length: 0\r\nConnection: close\r\n\r\n");
            assertThat(RawHttp.status(answer)).as(answer).isEqualTo(400);
            isProblem(answer, 400, !method.equals("HEAD"));
        }

        @Test
        void headersOverTheLimitAreA431Problem() {
            String answer = RawHttp.exchange(
                    t.api.port(),
                    "GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(10_000)
                            + "\r\nConnection: close\r\n\r\n");
            assertThat(RawHttp.status(answer)).as(answer).isEqualTo(431);
            isProblem(answer, 431, true);
        }

        @Test
        void aUriOverTheLimitIsAProblem() {
            String answer = RawHttp.exchange(
                    t.api.port(),
                    "GET /api/v1/tags?prefix=" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: localhost\r\n"
                            + "Connection: close\r\n\r\n");
            int status = RawHttp.status(answer);
            assertThat(status).as(answer).isIn(414, 431);
            isProblem(answer, status, true);
        }

        @Test
        void aNegativeContentLengthIsA400Problem() {
            String answer = RawHttp.exchange(
                    t.api.port(),
                    "PUT " + visitor.path("/note") + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: -1\r\n"
                            + "Content-Type: application/json\r\nConnection: close\r\n\r\n{}");
            assertThat(RawHttp.status(answer)).as(answer).isEqualTo(400);
            isProblem(answer, 400, true);
        }

        @Test
        void controlCharactersInTheContentTypeAreA400Problem() {
            String body = "{\"note\": \"x\"}";
            String answer = RawHttp.exchange(
                    t.api.port(),
                    "PUT " + visitor.path("/note") + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                            + operator.token() + "\r\nContent-Type: application/json\u0001\u0007; charset=utf-8\r\n"
                            + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);
            int status = RawHttp.status(answer);
            assertThat(status).as(answer).isEqualTo(400);
            isProblem(answer, status, true);
        }

        @Test
        void aMalformedRequestLineIsA400Problem() {
            String answer = RawHttp.exchange(t.api.port(), "GARBAGE\r\n\r\n");
            assertThat(RawHttp.status(answer)).as(answer).isEqualTo(400);
            isProblem(answer, 400, true);
        }

        /** HTTP/0.9 (a request line without a version) is the one 5xx a caller can draw: a refusal still. */
        @Test
        void aRequestLineWithoutAVersionIsA505Problem() {
            String answer = RawHttp.exchange(t.api.port(), "GET /api/v1/me\r\n\r\n");
            assertThat(RawHttp.status(answer)).as(answer).isEqualTo(505);
            isProblem(answer, 505, true);
            assertThat(answer).contains("HTTP/0.9 not supported");
        }
    }

    @Nested
    class Head {
        @ParameterizedTest
        @ValueSource(strings = {"/api/v1/users", "/api/v1/me", "/api/v1/events", "/api/v1/channels", "/api/v1/tags"})
        void headWithoutATokenIsA401LikeGet(String path) {
            Reply reply = head(path, null);
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.body()).isEmpty();
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(head(visitor.path("/panel"), null).status()).isEqualTo(401);
            assertThat(head(path, "not-a-known-token-0123456789").status()).isEqualTo(401);
        }

        @Test
        void headWithATokenAnswersWhatGetWouldWithoutTheBody() {
            List<String[]> calls = List.of(
                    new String[] {"/api/v1/users", TestApi.ADMIN},
                    new String[] {"/api/v1/users", operator.token()},
                    new String[] {"/api/v1/me", operator.token()},
                    new String[] {"/api/v1/channels", operator.token()},
                    new String[] {visitor.path("/panel"), operator.token()},
                    new String[] {visitor.path("/panel"), visitor.token()},
                    new String[] {visitor.path("/messages"), visitor.token()},
                    new String[] {"/api/v1/conversations?limit=0", operator.token()},
                    new String[] {"/health", null},
                    new String[] {"/openapi.json", null});
            for (String[] call : calls) {
                Reply get = http.get(call[0], call[1]);
                Reply head = head(call[0], call[1]);
                assertThat(head.status()).as("HEAD %s", call[0]).isEqualTo(get.status());
                assertThat(head.body()).as("HEAD %s", call[0]).isEmpty();
            }
        }

        @Test
        void headOfTheEventStreamAnswersAtOnce() {
            Reply head = head("/api/v1/events", operator.token());
            assertThat(head.status()).isEqualTo(200);
            assertThat(head.contentType()).startsWith("text/event-stream");
            assertThat(head.body()).isEmpty();
            assertThat(head("/api/v1/events", visitor.token()).status()).isEqualTo(200);
            // like GET: a user without live chat access has no stream (found by AuthorizationMatrixTest)
            TestApi.User user = t.user(TestApi.unique("Uma"), "USER", "en", List.of(), List.of());
            assertThat(head("/api/v1/events", user.token()).status()).isEqualTo(403);
            assertThat(http.get("/api/v1/events", user.token()).status()).isEqualTo(403);
        }

        Reply head(String path, String token) {
            HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path))
                    .timeout(Http.TIMEOUT)
                    .method("HEAD", HttpRequest.BodyPublishers.noBody());
            if (token != null) request.header("Authorization", "Bearer " + token);
            return http.send(request.build());
        }
    }

    @Nested
    class ContentTypes {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "text/plain",
                    "application/xml",
                    "application/x-www-form-urlencoded",
                    "multipart/form-data; boundary=x",
                    "application/json; charset=ISO-8859-1",
                    "application/jsonx",
                    "json",
                    // found by OpenApiFuzzTest: were a 500 (no media type before the ';')
                    ";;",
                    ";",
                    "; charset=utf-8"
                })
        void aBodyThatIsNotDeclaredJsonIsA415(String contentType) {
            Reply reply = http.send(
                            "POST",
                            visitor.path("/messages"),
                            visitor.token(),
                            "{\"body\": \"hi\"}",
                            Map.of("Content-Type", contentType))
                    .isProblem(415);
            assertThat(reply.text("detail")).contains("application/json");
        }

        @Test
        void aBodyWithoutAContentTypeIsA415() {
            HttpRequest request = HttpRequest.newBuilder(http.uri(visitor.path("/messages")))
                    .timeout(Http.TIMEOUT)
                    .header("Authorization", "Bearer " + visitor.token())
                    .POST(HttpRequest.BodyPublishers.ofString("{\"body\": \"hi\"}"))
                    .build();
            http.send(request).isProblem(415);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "application/json",
                    "application/json; charset=utf-8",
                    "Application/JSON;charset=\"UTF-8\"",
                    "application/merge-patch+json"
                })
        void jsonInAnyOfItsSpellingsIsRead(String contentType) {
            http.send(
                            "POST",
                            visitor.path("/messages"),
                            visitor.token(),
                            "{\"body\": \"hi\"}",
                            Map.of("Content-Type", contentType))
                    .hasStatus(201);
        }

        @Test
        void callsWithoutABodyNeedNoContentType() {
            Visitor v = t.start(channel);
            HttpRequest join = HttpRequest.newBuilder(http.uri(v.path("/close")))
                    .timeout(Http.TIMEOUT)
                    .header("Authorization", "Bearer " + v.token())
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build();
            http.send(join).hasStatus(200);
        }
    }

    @Nested
    class SecurityHeaders {
        @Test
        void everyAnswerForbidsSniffingFramingAndReferrers() {
            List<Reply> replies = List.of(
                    http.get("/health", null),
                    http.get("/openapi.json", null),
                    http.get("/api/v1/me", operator.token()),
                    http.get("/api/v1/me", null),
                    http.get("/api/v1/nothing-here", null),
                    http.send("PATCH", "/api/v1/channels", TestApi.ADMIN, Map.of("name", "x"), Map.of()),
                    http.send(
                            "POST",
                            visitor.path("/messages"),
                            visitor.token(),
                            "{}",
                            Map.of("Content-Type", "text/plain")),
                    http.post(visitor.path("/messages"), visitor.token(), "{\"body\": \"\\u0000\"}"));
            for (Reply reply : replies) {
                assertThat(reply.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
                assertThat(reply.headers().firstValue("Referrer-Policy")).contains("no-referrer");
                assertThat(reply.headers().firstValue("Content-Security-Policy"))
                        .contains("default-src 'none'; frame-ancestors 'none'");
            }
        }

        @Test
        void jettysOwnRefusalsCarryThemToo() {
            String answer = RawHttp.exchange(
                    t.api.port(), "PUT /api/v1/%ff HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(RawHttp.header(answer, "X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(RawHttp.header(answer, "Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(RawHttp.header(answer, "Content-Security-Policy")).contains("frame-ancestors 'none'");
        }
    }

    static void isProblem(String answer, int status, boolean withBody) {
        assertThat(RawHttp.header(answer, "Content-Type")).as(answer).startsWith("application/problem+json");
        if (!withBody) return;
        try {
            JsonNode problem = new ObjectMapper().readTree(RawHttp.body(answer));
            assertThat(problem.path("status").asInt()).as(answer).isEqualTo(status);
            assertThat(problem.path("type").asText()).startsWith("urn:livechat:problem:");
            assertThat(problem.path("detail").asText()).isNotBlank();
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + answer, e);
        }
    }
}
