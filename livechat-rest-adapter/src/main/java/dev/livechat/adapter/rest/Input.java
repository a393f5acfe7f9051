package dev.livechat.adapter.rest;

import dev.livechat.domain.error.InvalidValueException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns raw request values into domain values, naming each failure by its path in the request
 * ("visitor.email", "names[1]") rather than by the domain's own field name, and collecting every
 * failure so that one 400 lists them all. Call {@link #check()} before using the values: a failed
 * conversion yields null.
 */
final class Input {
    private final List<FieldError> errors = new ArrayList<>();

    /** A single required value, or a 400 naming the field. */
    static <T> T one(String field, String raw, Function<String, T> convert) {
        Input input = new Input();
        T value = input.required(field, raw, convert);
        input.check();
        return value;
    }

    <T> T required(String field, String raw, Function<String, T> convert) {
        if (raw == null) {
            error(field, "is required");
            return null;
        }
        return convert(field, raw, convert);
    }

    <T> Optional<T> optional(String field, String raw, Function<String, T> convert) {
        return raw == null ? Optional.empty() : Optional.ofNullable(convert(field, raw, convert));
    }

    /** Each element of a list, as "field[i]"; an absent list is empty. */
    <T> Set<T> each(String field, List<String> raws, Function<String, T> convert) {
        Set<T> values = new LinkedHashSet<>();
        if (raws == null) return values;
        for (int i = 0; i < raws.size(); i++) {
            T value = required(field + "[" + i + "]", raws.get(i), convert);
            if (value != null) values.add(value);
        }
        return values;
    }

    /** Builds a value that validates itself; its field errors are reported under the prefix (if not empty). */
    <T> T nested(String prefix, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            error(prefix.isEmpty() ? e.field() : prefix + "." + e.field(), reason(e));
            return null;
        }
    }

    void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** Throws one 400 listing every failure so far, if there is any. */
    void check() {
        if (!errors.isEmpty()) throw ApiProblem.badRequest(errors);
    }

    private <T> T convert(String field, String raw, Function<String, T> convert) {
        try {
            return convert.apply(raw);
        } catch (InvalidValueException e) {
            error(field, reason(e));
            return null;
        }
    }

    /** The domain's message is "field: reason"; the reason alone. */
    static String reason(InvalidValueException e) {
        String prefix = e.field() + ": ";
        String message = e.getMessage();
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    /** The first instant the service accepts: PostgreSQL and H2 both store 1970 to 9999. */
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    /** The last instant the service accepts. */
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    /** An ISO-8601 instant from 1970 to 9999 (further ones overflow the arithmetic or the databases). */
    static Instant instant(String raw) {
        Instant instant;
        try {
            instant = Instant.parse(raw.strip());
        } catch (DateTimeException e) {
            throw new InvalidValueException(
                    "instant", "'" + raw + "' is not an ISO-8601 instant like 2026-03-01T10:00:00Z");
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST))
            throw new InvalidValueException(
                    "instant",
                    "'" + raw + "' is outside 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z, the instants stored");
        return instant;
    }

    static ZoneId zone(String raw) {
        try {
            return ZoneId.of(raw.strip());
        } catch (DateTimeException e) {
            throw new InvalidValueException("timeZone", "'" + raw + "' is not a time zone like Europe/Brussels");
        }
    }

    static long nonNegative(String raw) {
        try {
            long value = Long.parseLong(raw.strip());
            if (value >= 0) return value;
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        throw new InvalidValueException("number", "'" + raw + "' is not a non-negative integer");
    }

    static String text(String raw) {
        if (raw.isBlank()) throw new InvalidValueException("text", "must not be blank");
        return raw.strip();
    }
}
