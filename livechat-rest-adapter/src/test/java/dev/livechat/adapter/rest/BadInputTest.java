package dev.livechat.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.adapter.rest.TestApi.User;
import dev.livechat.adapter.rest.TestApi.Visitor;
import dev.livechat.testsupport.Http;
import dev.livechat.testsupport.Reply;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input is a 400 naming the field, a 413, a 404 or a 405, as problem+json: never a 500. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {
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

    @Test
    void malformedJsonNamesTheWholeBody() {
        Reply reply = http.post(visitor.path("/messages"), visitor.token(), "{\"body\": \"unterminated")
                .namesFields("$");
        assertThat(reply.text("detail")).contains("malformed JSON");
        http.post(visitor.path("/messages"), visitor.token(), "{\"body\": \"a\"} trailing")
                .namesFields("$");
        http.post(visitor.path("/messages"), visitor.token(), "{\"body\": \"a\", \"body\": \"b\"}")
                .namesFields("$");
        http.post(visitor.path("/messages"), visitor.token(), "[\"a\"]").namesFields("$");
        http.post(visitor.path("/messages"), visitor.token(), "").namesFields("$");
        http.post(visitor.path("/messages"), visitor.token(), "null").namesFields("$");
    }

    @Test
    void wrongTypesNameTheField() {
        http.post(visitor.path("/messages"), visitor.token(), "{\"body\": 5}").namesFields("body");
        http.post(visitor.path("/messages"), visitor.token(), "{\"body\": {\"text\": \"hi\"}}")
                .namesFields("body");
        http.post(visitor.path("/transfer"), operator.token(), "{\"operatorId\": \"x\", \"leave\": \"yes\"}")
                .namesFields("leave");
        http.post("/api/v1/channels", TestApi.ADMIN, "{\"name\": \"A\", \"maxSessionsPerOperator\": \"10\"}")
                .namesFields("maxSessionsPerOperator");
        http.post("/api/v1/channels", TestApi.ADMIN, "{\"name\": \"A\", \"maxSessionsPerOperator\": 2.5}")
                .namesFields("maxSessionsPerOperator");
        http.post("/api/v1/conversations", null, "{\"channelId\": \"" + channel + "\", \"visitor\": \"Marie\"}")
                .namesFields("visitor");
        http.post(
                        "/api/v1/conversations",
                        null,
                        "{\"channelId\": \"" + channel + "\", \"chatbot\": {\"expertise\": [\"a\", 5]}}")
                .namesFields("chatbot.expertise[1]");
        http.put(visitor.path("/expertise"), operator.token(), "{\"names\": \"Billing\"}")
                .namesFields("names");
    }

    @Test
    void unknownEnumValuesNameTheFieldAndTheAllowedValues() {
        Reply reply = http.put("/api/v1/me/presence", operator.token(), "{\"presence\": \"SLEEPING\"}")
                .namesFields("presence");
        assertThat(reply.json().path("errors").get(0).path("message").asText()).contains("ONLINE", "BUSY");
        http.put("/api/v1/me/presence", operator.token(), "{\"presence\": \"online\"}")
                .namesFields("presence");
        http.put("/api/v1/me/presence", operator.token(), "{\"presence\": 0}").namesFields("presence");
        http.put("/api/v1/me/presence", operator.token(), "{\"presence\": \"\"}")
                .namesFields("presence");
        http.get("/api/v1/conversations?status=CLOSED", operator.token()).namesFields("status");
    }

    @Test
    void unknownPropertiesAreNamedWithTheirPath() {
        http.post(visitor.path("/messages"), visitor.token(), Map.of("body", "hi", "urgent", true))
                .namesFields("urgent");
        http.post("/api/v1/conversations", null, Map.of("channelId", channel, "visitor", Map.of("age", 42)))
                .namesFields("visitor.age");
    }

    @Test
    void badQueryAndHeaderValuesAreNamed() {
        http.get("/api/v1/conversations?from=yesterday", operator.token()).namesFields("from");
        http.get("/api/v1/conversations?limit=0", operator.token()).namesFields("limit");
        http.get("/api/v1/conversations?limit=many", operator.token()).namesFields("limit");
        http.get(visitor.path("/messages?after=-1"), visitor.token()).namesFields("after");
        http.send("GET", "/api/v1/events", operator.token(), null, Map.of("Last-Event-ID", "abc"))
                .namesFields("Last-Event-ID");
    }

    @Test
    void aBodyOverTheLimitIsTooLargeWhetherDeclaredOrStreamed() {
        String big = Http.json(Map.of("body", "x".repeat(9_000)));
        Reply declared =
                http.post(visitor.path("/messages"), visitor.token(), big).isProblem(413);
        assertThat(declared.text("detail")).contains("8192");
        HttpRequest chunked = HttpRequest.newBuilder(http.uri(visitor.path("/messages")))
                .timeout(Http.TIMEOUT)
                .header("Authorization", "Bearer " + visitor.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .build();
        http.send(chunked).isProblem(413);
        http.post("/api/v1/conversations", null, big).isProblem(413);
    }

    @Test
    void unknownRoutesAndMethodsAreProblemsToo() {
        http.get("/api/v1/nothing-here", operator.token()).isProblem(404);
        http.send("PATCH", "/api/v1/channels", TestApi.ADMIN, Map.of("name", "x"), Map.of())
                .isProblem(405);
    }

    @Test
    void whatJettyRefusesBeforeJavalinIsAProblemToo() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", t.api.port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write("GET /api/v1/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400");
            assertThat(answer).containsIgnoringCase("content-type: application/problem+json");
            assertThat(answer).contains("\"status\":400");
        }
    }

    /** Every route that reads a body answers garbage with a 400, for any caller who gets that far. */
    @ParameterizedTest
    @ValueSource(strings = {"{\"x\":", "[]", "{\"unexpected\": 1}", "\"text\"", "{\"a\": [1, {]}"})
    void noBodyReadingRouteAnswersGarbageWithA500(String garbage) {
        List<String[]> routes = List.of(
                new String[] {"POST", "/api/v1/conversations"},
                new String[] {"POST", visitor.path("/messages")},
                new String[] {"PUT", visitor.path("/status")},
                new String[] {"POST", visitor.path("/transfer")},
                new String[] {"PUT", visitor.path("/note")},
                new String[] {"POST", visitor.path("/tags")},
                new String[] {"PUT", visitor.path("/expertise")},
                new String[] {"POST", visitor.path("/transcript")},
                new String[] {"PUT", "/api/v1/me/presence"},
                new String[] {"POST", "/api/v1/users"},
                new String[] {"PATCH", "/api/v1/users/" + operator.id()},
                new String[] {"POST", "/api/v1/channels"},
                new String[] {"PUT", "/api/v1/contacts/c-1"},
                new String[] {"PUT", "/api/v1/tickets/t-1"});
        for (String[] route : routes) {
            String token = route[1].startsWith("/api/v1/me") ? operator.token() : TestApi.ADMIN;
            Reply reply = http.send(route[0], route[1], token, garbage, Map.of());
            assertThat(reply.status())
                    .as("%s %s with %s: %s", route[0], route[1], garbage, reply.body())
                    .isEqualTo(400);
            reply.isProblem(400);
        }
    }
}
