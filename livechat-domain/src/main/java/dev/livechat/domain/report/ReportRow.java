package dev.livechat.domain.report;

import java.util.Optional;

/**
 * One group of a report. {@code key} is the group's value ("SUCCESS", a tag name, an operator id,
 * "2026-11-29"; "(none)" for conversations without one). {@code avgFirstResponseSeconds} is empty
 * when no conversation of the group had an operator reply; {@code avgRating} when none was rated.
 */
public record ReportRow(
        String key,
        long count,
        double avgDurationSeconds,
        Optional<Double> avgFirstResponseSeconds,
        double avgMessages,
        Optional<Double> avgRating) {

    public ReportRow(
            String key,
            long count,
            double avgDurationSeconds,
            Optional<Double> avgFirstResponseSeconds,
            double avgMessages) {
        this(key, count, avgDurationSeconds, avgFirstResponseSeconds, avgMessages, Optional.empty());
    }
}
