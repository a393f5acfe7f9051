package dev.livechat.application.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Latencies and errors per endpoint, recorded by many virtual users at once, reported as one
 * table: count, errors, throughput over the whole run, and nearest-rank percentiles.
 */
final class EndpointStats {
    private final Map<String, Samples> byEndpoint = new ConcurrentHashMap<>();

    /** A response: its latency counts; a status of 400 or above is also an error. */
    void record(String endpoint, long nanos, int status) {
        samples(endpoint).add(nanos, status >= 400 ? String.valueOf(status) : null);
    }

    /** No response at all (timeout, connection refused): an error without a latency. */
    void failed(String endpoint, String reason) {
        samples(endpoint).add(-1, reason);
    }

    String table(double wallSeconds) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                "| %-48s | %6s | %6s | %8s | %8s | %8s | %8s | %8s |%n",
                "endpoint", "count", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms"));
        out.append("|")
                .append("-".repeat(50))
                .append("|-------:|-------:|")
                .append("---------:|".repeat(5))
                .append('\n');
        long total = 0;
        long errors = 0;
        for (Map.Entry<String, Samples> entry : new TreeMap<>(byEndpoint).entrySet()) {
            Samples s = entry.getValue();
            synchronized (s) {
                long[] sorted = s.latencies();
                out.append(String.format(
                        "| %-48s | %6d | %6d | %8.1f | %8.2f | %8.2f | %8.2f | %8.2f |%n",
                        entry.getKey(),
                        s.count,
                        s.errors.size(),
                        s.count / wallSeconds,
                        millis(percentile(sorted, 50)),
                        millis(percentile(sorted, 95)),
                        millis(percentile(sorted, 99)),
                        millis(sorted.length == 0 ? 0 : sorted[sorted.length - 1])));
                total += s.count;
                errors += s.errors.size();
            }
        }
        out.append(String.format(
                "| %-48s | %6d | %6d | %8.1f | %8s | %8s | %8s | %8s |%n",
                "all", total, errors, total / wallSeconds, "", "", "", ""));
        return out.toString();
    }

    /** The first few error causes per endpoint, for the report. */
    String errorSamples() {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(byEndpoint).forEach((endpoint, s) -> {
            synchronized (s) {
                if (!s.errors.isEmpty())
                    out.append(endpoint)
                            .append(": ")
                            .append(s.errors.stream().distinct().limit(5).toList())
                            .append('\n');
            }
        });
        return out.toString();
    }

    private Samples samples(String endpoint) {
        return byEndpoint.computeIfAbsent(endpoint, e -> new Samples());
    }

    /** Nearest rank: the smallest sample with at least p % of the samples at or below it. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static final class Samples {
        private long[] nanos = new long[1024];
        private int size;
        private long count;
        private final List<String> errors = new ArrayList<>();

        synchronized void add(long latency, String error) {
            if (latency >= 0) {
                if (size == nanos.length) nanos = Arrays.copyOf(nanos, size * 2);
                nanos[size++] = latency;
            }
            count++;
            if (error != null) errors.add(error);
        }

        long[] latencies() {
            long[] sorted = Arrays.copyOf(nanos, size);
            Arrays.sort(sorted);
            return sorted;
        }
    }
}
