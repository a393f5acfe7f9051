package dev.livechat.adapter.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Instants as stored: to the microsecond (what TIMESTAMP(6) keeps on H2 and PostgreSQL), in JSON
 * as ISO-8601 text, and for reports as epoch milliseconds and UTC days.
 */
final class Times {
    private Times() {}

    static Instant stored(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    static Instant stored(Optional<Instant> instant) {
        return instant.map(Times::stored).orElse(null);
    }

    static String text(Instant instant) {
        return instant == null ? null : stored(instant).toString();
    }

    static String text(Optional<Instant> instant) {
        return instant.map(Times::text).orElse(null);
    }

    static Instant parse(String text) {
        return text == null ? null : Instant.parse(text);
    }

    static Long millis(Optional<Instant> instant) {
        return instant.map(Instant::toEpochMilli).orElse(null);
    }

    static String utcDay(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }
}
