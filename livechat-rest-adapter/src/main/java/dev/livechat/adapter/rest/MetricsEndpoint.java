package dev.livechat.adapter.rest;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * {@code GET /metrics}: the scrape, for the bearer of the metrics token only (no user's token
 * opens it: metrics are the operator's, not the chat's). Off (404) when no token is configured.
 */
final class MetricsEndpoint {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final Telemetry telemetry;
    private final RateLimiter limits;
    /** The token's digest: comparing digests takes the same time whatever the length of the guess. */
    private final byte[] expected;

    MetricsEndpoint(Telemetry telemetry, RateLimiter limits) {
        this.telemetry = telemetry;
        this.limits = limits;
        this.expected = telemetry.token().map(MetricsEndpoint::sha256).orElse(null);
    }

    void scrape(Context ctx) {
        if (expected == null) throw new NotFoundResponse("Metrics are off: LIVECHAT_METRICS_TOKEN is not set");
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank())
            throw ApiProblem.unauthorized("GET /metrics needs Authorization: Bearer <the metrics token>");
        // a wrong guess counts against the address like an unknown user token: no brute force
        limits.beforeToken(ctx);
        String given = header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).strip()
                : "";
        if (!MessageDigest.isEqual(expected, sha256(given))) {
            limits.tokenFailed(ctx);
            throw ApiProblem.forbidden("This token does not open the metrics");
        }
        ctx.status(200).contentType(CONTENT_TYPE).result(telemetry.scrape());
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
