package dev.livechat.adapter.rest;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /health}, {@code GET /health/live}, {@code GET /health/ready} and {@code GET
 * /openapi.json}: no token needed.
 */
final class ServiceEndpoints {
    static final String OPENAPI_RESOURCE = "/openapi.json";
    private static final Logger LOG = LoggerFactory.getLogger(ServiceEndpoints.class);

    private final HealthCheck health;
    private final BooleanSupplier ready;
    private final Responses out;
    private final Problems problems;
    private final byte[] openApi;

    ServiceEndpoints(HealthCheck health, BooleanSupplier ready, Responses out, Problems problems) {
        this.health = health;
        this.ready = ready;
        this.out = out;
        this.problems = problems;
        this.openApi = openApiDocument();
    }

    /** 200 {status: UP, database: UP}, or 503 problem+json naming what is down. */
    void health(Context ctx) {
        Map<String, Boolean> checks;
        try {
            checks = health.check();
        } catch (RuntimeException e) {
            LOG.warn("The health check failed", e);
            problems.write(ctx, Problems.problem(503, "dependency-unavailable", "The health check itself failed"));
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        checks.forEach((name, up) -> body.put(name, Boolean.TRUE.equals(up) ? "UP" : "DOWN"));
        List<String> down = checks.entrySet().stream()
                .filter(e -> !Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        if (down.isEmpty()) {
            Map<String, Object> up = new LinkedHashMap<>();
            up.put("status", "UP");
            up.putAll(body);
            out.ok(ctx, up);
            return;
        }
        Map<String, Object> problem = Problems.problem(
                503, "dependency-unavailable", String.join(", ", down) + (down.size() == 1 ? " is" : " are") + " down");
        problem.put("down", down);
        problem.putAll(body);
        problems.write(ctx, problem);
    }

    /**
     * Readiness: start-up is done (the schema migrated, the demo data seeded) and every dependency
     * is up, so a load balancer may send traffic. {@code /health} alone said UP before --demo had
     * seeded.
     */
    void ready(Context ctx) {
        if (!ready.getAsBoolean()) {
            Map<String, Object> problem = Problems.problem(503, "starting", "The service is still starting");
            problem.put("down", List.of("startup"));
            problems.write(ctx, problem);
            return;
        }
        health(ctx);
    }

    /** Liveness: the process answers HTTP. Touches no dependency, so it stays cheap and 200 in an outage. */
    void live(Context ctx) {
        out.ok(ctx, Map.of("status", "UP"));
    }

    void openApi(Context ctx) {
        // a body sent along (ignored) is read first: answering this large document with it unread
        // made Jetty close the connection with a reset, so the client never got the answer
        if (ctx.req().getContentLengthLong() > 0) ctx.bodyAsBytes();
        ctx.status(200).contentType(Responses.JSON).result(openApi);
    }

    static byte[] openApiDocument() {
        try (InputStream in = ServiceEndpoints.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) throw new IllegalStateException("the OpenAPI document " + OPENAPI_RESOURCE + " is missing");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
