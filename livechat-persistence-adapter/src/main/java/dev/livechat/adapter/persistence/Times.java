package dev.livechat.adapter.persistence;

import java.time.DateTimeException;
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

    /**
     * {@link Instant#parse}, read by hand when the text has the shape {@link Instant#toString} writes
     * (years 0000–9999, 0–9 digits of fraction): the formatter was 2.5 % of the CPU samples of message
     * posts spread over conversations on PostgreSQL (each loads its conversation, whose JSON columns
     * carry instants as text), 0.1 % read by hand. Any other text, or one the hand read refuses, goes
     * to {@code Instant.parse}, which answers or throws as before.
     */
    static Instant parse(String text) {
        if (text == null) return null;
        Instant quick = quick(text);
        return quick != null ? quick : Instant.parse(text);
    }

    private static final int[] NANOS_PER_DIGIT = {100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1
    };

    private static Instant quick(String t) {
        int n = t.length();
        if (n < 20 || n == 21 || n > 30 || t.charAt(n - 1) != 'Z' || (n > 20 && t.charAt(19) != '.')) return null;
        if (t.charAt(4) != '-'
                || t.charAt(7) != '-'
                || t.charAt(10) != 'T'
                || t.charAt(13) != ':'
                || t.charAt(16) != ':') return null;
        int year = digits(t, 0, 4), month = digits(t, 5, 7), day = digits(t, 8, 10);
        int hour = digits(t, 11, 13), minute = digits(t, 14, 16), second = digits(t, 17, 19);
        int fraction = n > 20 ? digits(t, 20, n - 1) : 0;
        if (year < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return null;
        if (fraction < 0) return null;
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException noSuchDay) {
            return null; // Instant.parse then says why
        }
        long seconds = date.toEpochDay() * 86_400 + hour * 3_600L + minute * 60L + second;
        return Instant.ofEpochSecond(seconds, n > 20 ? (long) fraction * NANOS_PER_DIGIT[n - 22] : 0);
    }

    /** The decimal number in {@code t[from, to)}, or -1 if a character is not a digit. */
    private static int digits(String t, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    }

    static Long millis(Optional<Instant> instant) {
        return instant.map(Instant::toEpochMilli).orElse(null);
    }

    static String utcDay(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }
}
