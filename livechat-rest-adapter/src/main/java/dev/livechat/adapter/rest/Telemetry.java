package dev.livechat.adapter.rest;

import java.util.Optional;

/**
 * What the service measures of its HTTP face, and what {@code GET /metrics} answers: the REST
 * adapter reports each finished request and serves the scrape, the application keeps the meters
 * (Micrometer), so that this adapter knows no metrics library.
 */
public interface Telemetry {
    /** The route of a request that matched none (a 404 for an unknown path): one label, not the raw path. */
    String UNMATCHED = "unmatched";

    /**
     * Once per finished request.
     *
     * @param route the route's pattern ({@code /api/v1/conversations/{id}/messages}), never the raw
     *     path, so that labels stay few; {@link #UNMATCHED} when no route matched
     * @param nanos from the request's arrival to its handler's end (for an event stream: its whole life)
     */
    void requestCompleted(String method, String route, int status, long nanos);

    /** The body of {@code GET /metrics}: the Prometheus text format, version 0.0.4. */
    String scrape();

    /** The bearer token {@code GET /metrics} requires; empty: {@code /metrics} is off and answers 404. */
    Optional<String> token();

    /** Measures nothing; {@code /metrics} answers 404. */
    static Telemetry none() {
        return new Telemetry() {
            @Override
            public void requestCompleted(String method, String route, int status, long nanos) {}

            @Override
            public String scrape() {
                return "";
            }

            @Override
            public Optional<String> token() {
                return Optional.empty();
            }
        };
    }
}
