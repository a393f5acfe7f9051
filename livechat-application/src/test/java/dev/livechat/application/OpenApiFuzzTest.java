package dev.livechat.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.livechat.application.Cast.Guest;
import dev.livechat.testsupport.PgSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded fuzz pass generated from the service's own {@code /openapi.json}: for every operation,
 * requests built from its parameters and body schema with hostile values of every kind (NUL and
 * lone surrogates as JSON escapes, huge strings, wrong types, negative and huge numbers, extreme
 * dates, bad percent-encoding, missing and extra fields, wrong Content-Type, deep nesting, odd
 * methods), with and without a token of every role. Never a 5xx but Jetty's 505; every 4xx (and
 * that 505) is problem+json with its status; the service is healthy after. Deterministic: one seed, each request drawn from its own
 * {@code Random(seed, index)}; a few threads send them. Rate limits are off here.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class OpenApiFuzzTest {
    static final long SEED = 0x11FEC4A7L;
    static final int PER_OPERATION = 170;
    private static final int THREADS = 3;
    /**
     * Jetty's answer to a request line it read without a version (HTTP/0.9): a refusal of the
     * caller's protocol, not a failure of the service, so judged like a 4xx (problem+json with its
     * status). Once in CI (2026-12-06) a 20,000-character path drew it instead of a 414; not
     * reproduced in about 5,000 tries since. HostileEdgeTest asserts the answer itself.
     */
    private static final int VERSION_NOT_SUPPORTED = 505;

    @TempDir
    Path data;

    @Test
    void embeddedH2() throws Exception {
        fuzz("H2", E2e.env(data, "LIVECHAT_RATE_LIMITS", "off"));
    }

    @Test
    void postgresql() throws Exception {
        assumeTrue(PgSchema.enabled(), "PostgreSQL tests run with -Ppostgres");
        try (PgSchema schema = new PgSchema()) {
            fuzz("PostgreSQL", E2e.env(data, E2e.concat(schema.env(schema.jdbcUrl()), "LIVECHAT_RATE_LIMITS", "off")));
        }
    }

    record Operation(String method, String path, JsonNode spec) {}

    record Request(String operation, String method, String target, Map<String, String> headers, byte[] body) {
        String describe() {
            String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
            String target = this.target.length() > 300 ? this.target.substring(0, 300) + "…" : this.target;
            Map<String, String> headers = new LinkedHashMap<>(this.headers);
            headers.computeIfPresent("Authorization", (k, v) -> v.length() > 40 ? v.substring(0, 40) + "…" : v);
            return method + " " + target + " " + headers + " " + shown;
        }
    }

    record Outcome(Request request, int status, String problem) {}

    private void fuzz(String database, Map<String, String> env) throws Exception {
        long began = System.nanoTime();
        try (Instance one = Instance.start(env)) {
            Cast cast = new Cast(one);
            JsonNode document =
                    one.http.get("/openapi.json", null).hasStatus(200).json();
            List<Operation> operations = operations(document);
            assertThat(operations).hasSizeGreaterThanOrEqualTo(31);
            FuzzValues values = new FuzzValues(document, cast, cast.conversation(), cast.conversation(), closed(cast));

            List<Request> requests = new ArrayList<>();
            for (int o = 0; o < operations.size(); o++)
                for (int i = 0; i < PER_OPERATION; i++)
                    requests.add(values.request(operations.get(o), new Random(SEED * 1_000_003L + o * 10_000L + i)));
            Collections.shuffle(requests, new Random(SEED));

            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<Outcome>> futures = new ArrayList<>();
            try {
                for (Request request : requests) futures.add(pool.submit(() -> send(one.service.port(), request)));
                List<Outcome> outcomes = new ArrayList<>();
                for (Future<Outcome> f : futures) outcomes.add(f.get(60, TimeUnit.SECONDS));
                report(database, operations.size(), outcomes, began);
            } finally {
                pool.shutdownNow();
            }

            // healthy after: /health, and a visitor starts, writes and reads as usual (operators'
            // presence, roles and channels are whatever the fuzz left)
            one.http.get("/health", null).hasStatus(200);
            Instance.Visitor visitor = one.start(cast.channel, "fr", "Marie After", "Bonjour");
            String path = Instance.conversation(visitor.id(), "/messages");
            one.http.post(path, visitor.token(), Map.of("body", "Still there?")).hasStatus(201);
            assertThat(one.http.get(path, visitor.token()).hasStatus(200).each("body"))
                    .contains("Bonjour")
                    .endsWith("Still there?");
        }
    }

    private static Guest closed(Cast cast) {
        Guest guest = cast.conversation();
        cast.one.http.post(guest.path("/close"), cast.taking.token(), null).hasStatus(200);
        return guest;
    }

    private static Outcome send(int port, Request request) {
        try {
            Wire.Answer answer =
                    Wire.exchange(port, request.method(), request.target(), request.headers(), request.body());
            return new Outcome(request, answer.status(), problemOf(request, answer));
        } catch (IOException | RuntimeException e) {
            return new Outcome(request, -1, "no answer: " + e);
        }
    }

    /** Null when the answer is acceptable; else what is wrong with it. */
    private static String problemOf(Request request, Wire.Answer answer) {
        int status = answer.status();
        if (status >= 500 && status != VERSION_NOT_SUPPORTED) return status + " " + answer.text();
        if (status < 400) return null;
        if (!answer.contentType().startsWith("application/problem+json"))
            return status + " with Content-Type '" + answer.contentType() + "': " + answer.text();
        if (request.method().equals("HEAD")) return null;
        JsonNode problem = answer.json();
        if (problem == null
                || problem.path("status").asInt() != status
                || problem.path("title").asText().isBlank()
                || !problem.path("type").asText().startsWith("urn:livechat:problem:"))
            return status + " with a body that is not its problem: " + answer.text();
        return null;
    }

    private static void report(String database, int operations, List<Outcome> outcomes, long began) {
        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            byStatus.merge(outcome.status(), 1, Integer::sum);
            if (outcome.problem() != null)
                wrong.add(outcome.problem() + "  <-  " + outcome.request().describe());
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - began);
        System.out.printf(
                "OpenApiFuzzTest [%s]: %d requests over %d operations in %d s (seed %d); by status %s; %d wrong%n",
                database, outcomes.size(), operations, seconds, SEED, byStatus, wrong.size());
        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(5_000);
        assertThat(wrong)
                .as("answers that are a 5xx, no answer, or a 4xx that is not problem+json")
                .isEmpty();
    }

    static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = document.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ms = path.getValue().fields(); ms.hasNext(); ) {
                Map.Entry<String, JsonNode> m = ms.next();
                if (m.getKey().matches("get|put|post|delete|patch"))
                    operations.add(new Operation(m.getKey().toUpperCase(Locale.ROOT), path.getKey(), m.getValue()));
            }
        }
        return operations;
    }
}
