package dev.livechat.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.livechat.application.Cast.Guest;
import dev.livechat.testsupport.Http;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every operation of {@code /openapi.json} × every kind of caller, against the table below, written
 * from the contract (docs/rest-api.md and docs/product-rules.md, "Permissions"), both ways: an allowed call is never 401 or
 * 403, a refused one is 401 without credentials and 403 for a known caller. Each cell gets a
 * conversation of its own (assigned to the operator taking part) and a valid request, so that the
 * answer is decided by who calls, not by the state or the input. GET rows are checked for HEAD too.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AuthorizationMatrixTest {
    /** The columns, in the order of the table's letters. */
    enum Who {
        NONE,
        VISITOR,
        OTHER_VISITOR,
        USER,
        OUTSIDER,
        TAKING_PART,
        MANAGER
    }

    record Row(String method, String path, String allowed, Function<Cell, Object> body) {}

    /** What a cell's request may refer to. */
    record Cell(Cast cast, Guest guest, int n) {}

    private static final String C = "/api/v1/conversations/{id}";

    // Y: allowed, N: refused.        columns: none, visitor, other visitor, USER, LIVECHAT_USER not
    // taking part (of another channel), LIVECHAT_USER taking part, LIVECHAT_MANAGER (not taking part)
    private static final List<Row> TABLE = List.of(
            row("POST", "/api/v1/conversations", "YYYYYYY", c -> Map.of("channelId", c.cast().channel)),
            row("GET", "/api/v1/conversations", "NNNNYYY", null),
            row("POST", C + "/messages", "NYNNNYN", c -> Map.of("body", "Hello")),
            row("GET", C + "/messages", "NYNNYYY", null),
            // no body: the allowed are told the filename is missing (400), the others are refused first
            row("POST", C + "/attachments", "NYNNNYN", null),
            row("GET", C + "/attachments", "NYNNYYY", null),
            row("GET", "/api/v1/attachments/{id}", "NYNNYYY", null),
            row("PUT", C + "/status", "NNNNNYY", c -> Map.of("status", "WAITING_FOR_CUSTOMER")),
            row("POST", C + "/join", "NNNNYYY", null),
            row(
                    "POST",
                    C + "/transfer",
                    "NNNNNYN",
                    c -> Map.of("operatorId", c.cast().colleague.id(), "leave", false)),
            row("POST", C + "/close", "NYNNNYN", null),
            // only the conversation's own visitor rates it (docs/product-rules.md, "Ratings")
            row("POST", C + "/rating", "NYNNNNN", c -> Map.of("score", 4)),
            row("PUT", C + "/typing", "NYNNNYN", c -> Map.of("typing", true)),
            row("PUT", C + "/seen", "NYNNNYN", c -> Map.of("seq", 0)),
            row("GET", C + "/seen", "NYNNYYY", null),
            row("GET", C + "/panel", "NNNNYYY", null),
            row("PUT", C + "/note", "NNNNYYY", c -> Map.of("note", "Asked about an invoice")),
            row("POST", C + "/tags", "NNNNYYY", c -> Map.of("name", "vip")),
            row("DELETE", C + "/tags/{name}", "NNNNYYY", null),
            row("PUT", C + "/expertise", "NNNNYYY", c -> Map.of("names", List.of("Billing"))),
            row(
                    "POST",
                    C + "/transcript",
                    "NYNNYYY",
                    c -> Map.of("email", c.guest().email())),
            row("GET", C + "/transcripts", "NNNNYYY", null),
            row("GET", C + "/history", "NNNNYYY", null),
            row("GET", "/api/v1/tags", "NNNNYYY", null),
            row("GET", "/api/v1/canned-responses", "NNNNYYY", null),
            row("PUT", "/api/v1/canned-responses/{shortcut}", "NNNNNNY", c -> Map.of("body", "Hi {visitor.name}")),
            row("DELETE", "/api/v1/canned-responses/{shortcut}", "NNNNNNY", null),
            row("GET", "/api/v1/me", "NNNYYYY", null),
            row("PUT", "/api/v1/me/presence", "NNNNYYY", c -> Map.of("presence", "ONLINE")),
            row("GET", "/api/v1/me/conversations", "NNNNYYY", null),
            row("POST", "/api/v1/users", "NNNNNNY", AuthorizationMatrixTest::newUser),
            row("GET", "/api/v1/users", "NNNNNNY", null),
            row("GET", "/api/v1/users/{id}", "NNNNNNY", null),
            row("PATCH", "/api/v1/users/{id}", "NNNNNNY", c -> Map.of("name", "Uma User")),
            row("POST", "/api/v1/channels", "NNNNNNY", c -> Map.of("name", "Matrix " + c.n())),
            // the contract lists channels under administration; an operator's console may list its
            // own channels (AdminService.channels filters them), which this project adds on purpose
            row("GET", "/api/v1/channels", "NNNNYYY", null),
            row("PATCH", "/api/v1/channels/{id}", "NNNNNNY", c -> Map.of("allowedOrigins", List.of())),
            row("POST", "/api/v1/channels/{id}/identity-secret", "NNNNNNY", null),
            // a website's widget asks and leaves messages without a token
            row("GET", "/api/v1/channels/{id}/availability", "YYYYYYY", null),
            row(
                    "POST",
                    "/api/v1/channels/{id}/offline-messages",
                    "YYYYYYY",
                    c -> Map.of("name", "Ana", "email", "ana@example.org", "message", "Call me back")),
            // an operator lists its own channels' (none, for one of another channel), a manager every one
            row("GET", "/api/v1/offline-messages", "NNNNYYY", null),
            // each cell marks a new message of the channel the operator taking part belongs to
            row("POST", "/api/v1/offline-messages/{id}/handled", "NNNNNYY", null),
            // the confirmation link proves itself by its one-time token, not by who follows it
            row("GET", "/api/v1/transcripts/confirm", "YYYYYYY", null),
            row("PUT", "/api/v1/contacts/{id}", "NNNNNNY", c -> contact()),
            row("PUT", "/api/v1/tickets/{id}", "NNNNNNY", c -> ticket()),
            row("GET", "/api/v1/reports/conversations", "NNNNNNY", null),
            row("GET", "/api/v1/reports/conversations/export", "NNNNNNY", null),
            // the receiver's host does not resolve here, or is public: a manager gets 201 or 400, never 401/403
            row(
                    "POST",
                    "/api/v1/webhooks",
                    "NNNNNNY",
                    c -> Map.of("url", "https://hooks.example.com/livechat", "events", List.of("message.posted"))),
            row("GET", "/api/v1/webhooks", "NNNNNNY", null),
            row("GET", "/api/v1/webhooks/{id}", "NNNNNNY", null),
            row("DELETE", "/api/v1/webhooks/{id}", "NNNNNNY", null),
            row("GET", "/api/v1/webhooks/{id}/deliveries", "NNNNNNY", null),
            // a person's data: managers only, even the visitor's own (the visitor is not authenticated as a person)
            row("GET", "/api/v1/privacy/export", "NNNNNNY", null),
            row(
                    "POST",
                    "/api/v1/privacy/erase",
                    "NNNNNNY",
                    c -> Map.of("email", c.guest().email())),
            // a visitor's stream carries only its own conversation: any visitor may open one
            row("GET", "/api/v1/events", "NYYNYYY", null),
            row("GET", "/health", "YYYYYYY", null),
            row("GET", "/health/live", "YYYYYYY", null),
            row("GET", "/health/ready", "YYYYYYY", null),
            row("GET", "/openapi.json", "YYYYYYY", null),
            // outside the user roles: only the bearer of LIVECHAT_METRICS_TOKEN (set below) scrapes,
            // which is no column here, so every column is refused (401 without a token, 403 with a
            // user's or a visitor's); the metrics token itself is checked by OperationsOverHttpTest
            row("GET", "/metrics", "NNNNNNN", null));

    @TempDir
    Path data;

    @Test
    void everyOperationTimesEveryCallerAnswersAsTheContractSays() throws Exception {
        try (Instance one = Instance.start(
                E2e.env(data, "LIVECHAT_RATE_LIMITS", "off", "LIVECHAT_METRICS_TOKEN", "matrix-metrics-token-0123"))) {
            assertThat(keys(TABLE)).as("the table covers the document").isEqualTo(documented(one));
            Cast cast = new Cast(one);
            Guest other = cast.conversation();
            AtomicInteger n = new AtomicInteger();
            List<String> wrong = new ArrayList<>();
            int cells = 0;
            for (Row row : TABLE) {
                for (Who who : Who.values()) {
                    boolean allowed = row.allowed().charAt(who.ordinal()) == 'Y';
                    Cell cell = new Cell(cast, cast.conversation(), n.incrementAndGet());
                    String token = token(who, cast, cell.guest(), other);
                    cells++;
                    check(one, row, row.method(), cell, who, token, allowed, wrong);
                    if (row.method().equals("GET")) check(one, row, "HEAD", cell, who, token, allowed, wrong);
                }
            }
            System.out.printf(
                    "AuthorizationMatrixTest: %d operations x %d callers = %d cells (+ HEAD of each GET), %d wrong%n",
                    TABLE.size(), Who.values().length, cells, wrong.size());
            assertThat(wrong).as("answers against the table").isEmpty();
        }
    }

    private static void check(
            Instance one, Row row, String method, Cell cell, Who who, String token, boolean allowed, List<String> wrong)
            throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) headers.put("Authorization", "Bearer " + token);
        byte[] body = null;
        if (row.body() != null && !method.equals("HEAD")) {
            headers.put("Content-Type", "application/json");
            body = Http.json(row.body().apply(cell)).getBytes(StandardCharsets.UTF_8);
        }
        Wire.Answer answer = Wire.exchange(one.service.port(), method, target(row, cell), headers, body);
        int status = answer.status();
        boolean ok = allowed ? status != 401 && status != 403 && status < 500 : status == (who == Who.NONE ? 401 : 403);
        if (!ok)
            wrong.add(method + " " + row.path() + " as " + who + ": " + status + " (expected "
                    + (allowed ? "allowed" : "refused") + ") " + answer.text());
    }

    private static String target(Row row, Cell cell) {
        String path = row.path();
        if (path.startsWith("/api/v1/conversations/"))
            path = path.replace("{id}", cell.guest().id());
        else if (path.startsWith("/api/v1/users/"))
            path = path.replace("{id}", cell.cast().user.id());
        else if (path.startsWith("/api/v1/contacts/")) path = path.replace("{id}", "crm-1");
        else if (path.startsWith("/api/v1/channels/")) path = path.replace("{id}", cell.cast().channel);
        else if (path.startsWith("/api/v1/tickets/")) path = path.replace("{id}", "T-1");
        else if (path.startsWith("/api/v1/attachments/"))
            path = path.replace("{id}", cell.cast().attachment(cell.guest()));
        else if (path.startsWith("/api/v1/offline-messages/")) path = path.replace("{id}", offlineMessage(cell));
        else if (path.startsWith("/api/v1/webhooks/")) path = path.replace("{id}", "no-such-webhook");
        path = path.replace("{name}", "vip");
        path = path.replace("{shortcut}", "matrix");
        if (path.equals("/api/v1/reports/conversations"))
            path += "?groupBy=outcome&from=2020-01-01T00:00:00Z&to=2100-01-01T00:00:00Z";
        if (path.equals("/api/v1/reports/conversations/export"))
            path += "?from=2020-01-01T00:00:00Z&to=2100-01-01T00:00:00Z&format=jsonl";
        if (path.equals("/api/v1/tags")) path += "?prefix=v";
        if (path.equals("/api/v1/privacy/export"))
            path += "?email=" + cell.guest().email();
        return path;
    }

    private static String offlineMessage(Cell cell) {
        return cell.cast()
                .one
                .http
                .post(
                        "/api/v1/channels/" + cell.cast().channel + "/offline-messages",
                        null,
                        Map.of("name", "Ana", "email", "ana@example.org", "message", "Matrix " + cell.n()))
                .hasStatus(202)
                .text("id");
    }

    private static String token(Who who, Cast cast, Guest guest, Guest other) {
        return switch (who) {
            case NONE -> null;
            case VISITOR -> guest.token();
            case OTHER_VISITOR -> other.token();
            case USER -> cast.user.token();
            case OUTSIDER -> cast.outsider.token();
            case TAKING_PART -> cast.taking.token();
            case MANAGER -> E2e.ADMIN;
        };
    }

    private static Row row(String method, String path, String allowed, Function<Cell, Object> body) {
        if (!allowed.matches("[YN]{7}")) throw new IllegalArgumentException(allowed);
        return new Row(method, path, allowed, body);
    }

    private static TreeSet<String> keys(List<Row> rows) {
        TreeSet<String> keys = new TreeSet<>();
        rows.forEach(r -> keys.add(r.method() + " " + r.path()));
        return keys;
    }

    static TreeSet<String> documented(Instance one) {
        JsonNode paths =
                one.http.get("/openapi.json", null).hasStatus(200).json().path("paths");
        TreeSet<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(m -> {
                if (m.matches("get|put|post|delete|patch"))
                    operations.add(m.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
            });
        }
        return operations;
    }

    private static Object newUser(Cell cell) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "New " + cell.n());
        body.put("email", "new" + cell.n() + "@example.com");
        body.put("role", "LIVECHAT_USER");
        body.put("mainLanguage", "en");
        body.put("languages", List.of());
        body.put("expertise", List.of());
        body.put("channels", List.of());
        return body;
    }

    private static Object contact() {
        return Map.of(
                "name", "Marie Martin", "email", "marie@example.org", "phone", "+32 2 555 01 01", "links", List.of());
    }

    private static Object ticket() {
        return Map.of(
                "contactId", "crm-1",
                "reference", "T-1",
                "title", "Invoice",
                "status", "OPEN",
                "url", "https://helpdesk.example.com/T-1");
    }
}
