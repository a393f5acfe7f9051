package dev.livechat.application;

import dev.livechat.adapter.rest.Telemetry;
import dev.livechat.domain.event.EventKeys;
import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.transcript.TranscriptState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * The meters of this instance, in Micrometer, scraped in the Prometheus text format at
 * {@code GET /metrics}: HTTP requests by route pattern and status, the JVM, and what the chat does,
 * counted from the events this process publishes (conversations started and closed by outcome,
 * assignments by rule). Only made when {@code LIVECHAT_METRICS_TOKEN} is set.
 */
final class Metrics implements Telemetry, AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final String token;
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Counter started;

    Metrics(String token) {
        this.token = token;
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        this.started = Counter.builder("livechat.conversations.started")
                .description("Conversations started on this instance")
                .register(registry);
    }

    MeterRegistry registry() {
        return registry;
    }

    void gauge(String name, String description, IntSupplier value) {
        Gauge.builder(name, value, v -> v.getAsInt())
                .description(description)
                // the supplier is a lambda nobody else holds: a weak reference would read NaN after a GC
                .strongReference(true)
                .register(registry);
    }

    /**
     * The transcript outbox by state, read from storage at most once a second whatever the number of
     * scrapes (one grouped count), so a scrape costs the database one statement.
     */
    void outbox(Supplier<Map<String, Long>> byState) {
        Supplier<Map<String, Long>> reading = new OncePerSecond<>(byState, Map.of());
        for (TranscriptState state : TranscriptState.values())
            Gauge.builder("livechat.transcripts", reading, r -> r.get().getOrDefault(state.name(), 0L))
                    .description("Transcript requests by state (the outbox)")
                    .tag("state", state.name())
                    .strongReference(true)
                    .register(registry);
    }

    @Override
    public void requestCompleted(String method, String route, int status, long nanos) {
        Timer.builder("http.server.requests")
                .description("HTTP requests by route pattern and status")
                .tags("method", method, "uri", route, "status", String.valueOf(status))
                .publishPercentileHistogram()
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /** Counts what the published events say; the tags are enum names, so they stay few. */
    void published(List<EventRecord> events) {
        for (EventRecord event : events) {
            registry.counter("livechat.events.published", "type", event.type().wireName())
                    .increment();
            switch (event.type()) {
                case CONVERSATION_STARTED -> started.increment();
                case CONVERSATION_CLOSED ->
                    registry.counter("livechat.conversations.closed", "outcome", text(event, EventKeys.OUTCOME))
                            .increment();
                case OPERATOR_ASSIGNED ->
                    registry.counter("livechat.assignments", "rule", text(event, EventKeys.RULE))
                            .increment();
                default -> {} // the others are counted by type only
            }
        }
    }

    private static String text(EventRecord event, String key) {
        Object value = event.data().get(key);
        return value == null ? "none" : value.toString();
    }

    @Override
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public Optional<String> token() {
        return Optional.of(token);
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
