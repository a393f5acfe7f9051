package dev.livechat.application;

import com.fasterxml.jackson.databind.JsonNode;
import dev.livechat.application.Cast.Guest;
import dev.livechat.application.OpenApiFuzzTest.Operation;
import dev.livechat.application.OpenApiFuzzTest.Request;
import dev.livechat.testsupport.Http;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws one fuzz request for an operation of the OpenAPI document: path and query parameters,
 * headers, token and body, each valid-looking or hostile. JSON is written as text, so that it can
 * hold what no JSON library writes (lone surrogate escapes, duplicate keys, 5,000 levels of nesting).
 */
final class FuzzValues {
    /** JSON values that no field should take, written as JSON text. */
    private static final List<String> HOSTILE_JSON = List.of(
            "\"\\u0000\"",
            "\"a\\u0000b\"",
            "\"\\ud800\"",
            "\"x\\udc00\"",
            "\"\\ud83d\"",
            "\"\\uffff\"",
            "\"\\ufdd0\"",
            "\"\\u202e\\u0007\"",
            "\"\"",
            "\"   \"",
            "\"" + "A".repeat(70_000) + "\"",
            "\"" + "é".repeat(6_000) + "\"",
            "\"" + "x".repeat(1_025) + "\"",
            "null",
            "true",
            "0",
            "-1",
            "-9223372036854775809",
            "9223372036854775808",
            "2147483648",
            "1e309",
            "-0.0",
            "1.5",
            "[]",
            "{}",
            "[null]",
            "\"+999999999-12-31T23:59:59Z\"",
            "\"-999999999-01-01T00:00:00Z\"",
            "\"0000-01-01T00:00:00Z\"",
            "\"2026-02-30T25:61:61Z\"",
            "\"9999-12-31T23:59:59.999999999Z\"",
            "\"<script>alert(1)</script>\"",
            "\"' OR 1=1 --\"",
            "\"a@b\"",
            "\"x@example.com\\r\\nBcc: y@example.com\"",
            "\"x@example.com, y@example.com\"",
            "\"javascript:alert(1)\"",
            "\"../../etc/passwd\"",
            "{\"$ref\":\"#\"}",
            "[\"\\u0000\"]",
            "\"LOOKING_FOR_HELP\"",
            "\"looking_for_help\"",
            "\"LIVECHAT_MANAGER\"");

    /** Whole bodies that are not what any operation takes. */
    private static final List<byte[]> HOSTILE_BODIES = List.of(
            bytes(""),
            bytes("{"),
            bytes("{\"a\":"),
            bytes("[]"),
            bytes("\"just a string\""),
            bytes("null"),
            bytes("{}{}"),
            bytes("{\"a\":1,}"),
            bytes("{'a':1}"),
            bytes("/* comment */ {}"),
            bytes("{\"x\": NaN}"),
            bytes("\uFEFF{}"),
            new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
            new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'},
            new byte[] {0, 0, 0, 0},
            bytes("[".repeat(5_000) + "]".repeat(5_000)),
            bytes("{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000)),
            bytes("{\"body\":\"a\",\"body\":\"b\",\"status\":\"IN_PROGRESS\",\"status\":\"x\"}"),
            bytes("{\"pad\":\"" + "p".repeat(80_000) + "\"}"));

    /** Raw path segments, as sent: bad percent-encoding, encoded NUL and surrogates, traversal, length. */
    private static final List<String> HOSTILE_SEGMENTS = List.of(
            "%00",
            "a%00b",
            "%zz",
            "%",
            "%E2%82",
            "%ED%A0%80",
            "%EF%BF%BF",
            "%C0%AF",
            "%F0%9F%98%80",
            "..",
            "%2e%2e",
            "a%2Fb",
            "%20",
            "null",
            "-1",
            "99999999999999999999",
            "%27%20OR%201%3D1--",
            "x".repeat(3_000),
            "y".repeat(20_000),
            "%3Cscript%3E");

    private static final List<String> HOSTILE_QUERY = List.of(
            "%00",
            "%zz",
            "%ED%A0%80",
            "%EF%BF%BE",
            "+999999999-12-31T23:59:59Z",
            "%2B999999999-12-31T23%3A59%3A59Z",
            "-999999999-01-01T00:00:00Z",
            "1969-12-31T23:59:59Z",
            "10000-01-01T00:00:00Z",
            "-1",
            "0",
            "9223372036854775808",
            "1e3",
            "",
            "%20",
            "x".repeat(5_000),
            "a&a=b",
            "LOOKING_FOR_HELP",
            "outcome");

    private static final List<String> CONTENT_TYPES = List.of(
            "application/json; charset=UTF-8",
            "application/merge-patch+json",
            "application/json; charset=ISO-8859-1",
            "application/json; charset=\"utf-8\"",
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            ";;",
            "application/",
            "*/*");

    private static final List<String> METHODS = List.of("OPTIONS", "TRACE", "FOO", "PROPFIND", "CONNECT");

    private final JsonNode document;
    private final Cast cast;
    private final Guest guest;
    private final Guest other;
    private final Guest closed;
    private final List<String> ids;

    FuzzValues(JsonNode document, Cast cast, Guest guest, Guest other, Guest closed) {
        this.document = document;
        this.cast = cast;
        this.guest = guest;
        this.other = other;
        this.closed = closed;
        this.ids = List.of(
                guest.id(),
                other.id(),
                closed.id(),
                cast.channel,
                cast.otherChannel,
                // not the manager's own id: a PATCH may make it a USER, and the rest of the run would reach less
                cast.taking.id(),
                cast.colleague.id(),
                cast.outsider.id(),
                cast.user.id(),
                "00000000-0000-0000-0000-000000000000",
                "crm-1",
                "vip");
    }

    Request request(Operation operation, Random r) {
        String method = operation.method();
        if (r.nextInt(40) == 0) method = pick(r, METHODS);
        else if (method.equals("GET") && r.nextInt(12) == 0) method = "HEAD";

        Map<String, String> headers = new LinkedHashMap<>();
        String token = token(r);
        if (token != null) headers.put("Authorization", token);
        if (r.nextInt(8) == 0)
            headers.put(
                    "Accept-Language",
                    pick(r, List.of("*;q=abc", "en;q=2, fr;q=-1", "x".repeat(4_000), "zz-ZZZZ-1234", "")));
        if (r.nextInt(10) == 0)
            headers.put("Idempotency-Key", pick(r, List.of("", "k", "x".repeat(5_000), "\u00e9\u00e8", "a b")));
        if (r.nextInt(10) == 0)
            headers.put("Last-Event-ID", pick(r, List.of("-1", "abc", "99999999999999999999", "0", "1")));
        if (r.nextInt(12) == 0)
            headers.put("X-Forwarded-For", pick(r, List.of("", "::1, 999.1.1.1", "x".repeat(2_000))));

        String target = path(operation, r) + query(operation, r);
        byte[] body = body(operation, r);
        if (body != null) {
            int choice = r.nextInt(10);
            if (choice < 7) headers.put("Content-Type", "application/json");
            else if (choice < 9) headers.put("Content-Type", pick(r, CONTENT_TYPES));
            // else none at all
        }
        return new Request(operation.method() + " " + operation.path(), method, target, headers, body);
    }

    private String token(Random r) {
        String bearer = switch (r.nextInt(12)) {
            case 0, 1 -> null;
            case 2 -> E2e.ADMIN;
            case 3 -> cast.taking.token();
            case 4 -> cast.outsider.token();
            case 5 -> cast.colleague.token();
            case 6 -> cast.user.token();
            case 7 -> guest.token();
            case 8 -> other.token();
            case 9 -> closed.token();
            case 10 -> E2e.ADMIN; // managers reach the most code
            default -> "";
        };
        if (bearer == null) return null;
        if (!bearer.isEmpty()) return r.nextInt(15) == 0 ? "bearer   " + bearer + "  " : "Bearer " + bearer;
        return pick(
                r,
                List.of(
                        "Bearer unknown-token-0123456789",
                        "Bearer",
                        "Bearer ",
                        "Basic YWRtaW46YWRtaW4=",
                        "Bearer " + "t".repeat(600),
                        "Bearer " + "t".repeat(7_000),
                        "Bearer \u00e9\u00e8",
                        "Bearer a b c"));
    }

    private String path(Operation operation, Random r) {
        String path = operation.path();
        while (path.contains("{")) {
            int open = path.indexOf('{');
            int close = path.indexOf('}', open);
            String value = r.nextInt(3) == 0 ? pick(r, HOSTILE_SEGMENTS) : encode(realId(operation, r));
            path = path.substring(0, open) + value + path.substring(close + 1);
        }
        if (r.nextInt(30) == 0) path = path + pick(r, List.of("/", "//", "/extra", "%2F", ";x=1", "/.."));
        return path;
    }

    private String realId(Operation operation, Random r) {
        if (operation.path().startsWith("/api/v1/conversations/") && r.nextInt(3) > 0)
            return pick(r, List.of(guest.id(), other.id(), closed.id()));
        return pick(r, ids);
    }

    private String query(Operation operation, Random r) {
        List<String> parts = new ArrayList<>();
        for (JsonNode parameter : operation.spec().path("parameters")) {
            JsonNode p = resolve(parameter);
            if (!p.path("in").asText().equals("query") || r.nextInt(3) == 0) continue;
            String name = p.path("name").asText();
            String value =
                    r.nextInt(3) == 0 ? pick(r, HOSTILE_QUERY) : encode(unquote(plausible(p.path("schema"), r, 0)));
            parts.add(name + "=" + value);
            if (r.nextInt(15) == 0) parts.add(name + "=" + pick(r, HOSTILE_QUERY)); // twice
        }
        if (r.nextInt(10) == 0) parts.add(pick(r, List.of("unknown=1", "=", "&&", "a", "%zz=1", "limit=0")));
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private byte[] body(Operation operation, Random r) {
        JsonNode requestBody = operation.spec().path("requestBody");
        if (requestBody.isMissingNode()) return r.nextInt(15) == 0 ? bytes("{\"unexpected\":true}") : null;
        if (r.nextInt(12) == 0) return null; // no body at all
        if (r.nextInt(8) == 0) return pick(r, HOSTILE_BODIES);
        JsonNode schema =
                resolve(requestBody).path("content").path("application/json").path("schema");
        return bytes(value(schema, r, 0));
    }

    /** A value for the schema: hostile about a third of the time, else plausible. */
    private String value(JsonNode schema, Random r, int depth) {
        if (depth > 0 && r.nextInt(5) == 0) return pick(r, HOSTILE_JSON);
        return plausible(schema, r, depth);
    }

    private String plausible(JsonNode raw, Random r, int depth) {
        JsonNode schema = resolve(raw);
        for (String any : List.of("oneOf", "anyOf"))
            if (schema.has(any)) return value(pick(r, list(schema.path(any))), r, depth);
        if (schema.has("enum")) {
            List<JsonNode> values = list(schema.path("enum"));
            return r.nextInt(6) == 0
                    ? "\"" + values.get(r.nextInt(values.size())).asText().toLowerCase() + "\""
                    : values.get(r.nextInt(values.size())).toString();
        }
        if (schema.has("const")) return schema.path("const").toString();
        String type = type(schema, r);
        return switch (type) {
            case "object" -> object(schema, r, depth);
            case "array" -> {
                List<String> items = new ArrayList<>();
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) items.add(value(schema.path("items"), r, depth + 1));
                yield "[" + String.join(",", items) + "]";
            }
            case "integer", "number" -> pick(r, List.of("0", "1", "5", "10", "-1", "2147483647", "100000"));
            case "boolean" -> r.nextBoolean() ? "true" : "false";
            case "null" -> "null";
            default -> string(schema, r);
        };
    }

    private String object(JsonNode schema, Random r, int depth) {
        List<String> members = new ArrayList<>();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(n -> required.add(n.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        schema.path("properties").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            boolean include = required.contains(property.getKey()) ? r.nextInt(10) > 0 : r.nextInt(10) < 6;
            if (!include) continue;
            List<String> known = known(property.getKey());
            String value = known != null && r.nextInt(3) > 0
                    ? quote(pick(r, known))
                    : value(property.getValue(), r, depth + 1);
            members.add(quote(property.getKey()) + ":" + value);
        }
        if (r.nextInt(7) == 0)
            members.add(
                    quote(pick(r, List.of("extra", "id", "token", "role", "__proto__"))) + ":" + pick(r, HOSTILE_JSON));
        return "{" + String.join(",", members) + "}";
    }

    /** Values that pass validation and name what exists, for the fields that want them: deeper code runs. */
    private List<String> known(String field) {
        return switch (field) {
            case "channelId" -> List.of(cast.channel);
            case "operatorId" -> List.of(cast.colleague.id(), cast.taking.id(), cast.outsider.id());
            case "contactId" -> List.of("crm-1");
            case "email" -> List.of("marie@example.org", "visitor.1@example.org");
            case "body", "note", "title", "reference" -> List.of("Hello", "Bonjour", "Invoice 42");
            case "name" -> List.of("vip", "Billing", "Uma User");
            case "mainLanguage" -> List.of("fr", "en-GB");
            case "country" -> List.of("BE", "FR");
            case "timeZone" -> List.of("Europe/Brussels", "UTC");
            case "url" -> List.of("https://example.com/T-1");
            default -> null;
        };
    }

    private String string(JsonNode schema, Random r) {
        String format = schema.path("format").asText();
        return switch (format) {
            case "date-time" ->
                quote(pick(
                        r,
                        List.of(
                                "2026-03-02T09:00:00Z",
                                "1970-01-01T00:00:00Z",
                                "9999-12-31T23:59:59Z",
                                "2026-03-02T09:00:00+02:00")));
            case "email" -> quote(pick(r, List.of("marie@example.org", "ana@example.com", "x@localhost")));
            case "uri" -> quote(pick(r, List.of("https://example.com/a", "mailto:x@example.com", "not a uri")));
            default ->
                quote(
                        r.nextBoolean()
                                ? pick(r, ids)
                                : pick(
                                        r,
                                        List.of(
                                                "Hello",
                                                "Billing",
                                                "vip",
                                                "fr-BE",
                                                "BE",
                                                "Europe/Brussels",
                                                "Support",
                                                "ONLINE")));
        };
    }

    private static String type(JsonNode schema, Random r) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            List<String> types = new ArrayList<>();
            type.forEach(t -> types.add(t.asText()));
            if (types.size() > 1 && r.nextInt(5) > 0) types.remove("null");
            return types.get(r.nextInt(types.size()));
        }
        if (type.isTextual()) return type.asText();
        return schema.has("properties") ? "object" : "string";
    }

    private JsonNode resolve(JsonNode node) {
        for (int hops = 0; node.has("$ref") && hops < 10; hops++) {
            String ref = node.path("$ref").asText();
            node = document.at(ref.substring(1));
        }
        return node;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    private static String unquote(String json) {
        return json.startsWith("\"") && json.endsWith("\"") && json.length() >= 2
                ? json.substring(1, json.length() - 1)
                : json;
    }

    private static String quote(String text) {
        return Http.json(text);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }
}
