package dev.livechat.domain.error;

import java.util.Objects;
import java.util.regex.Pattern;

/** Small guards for compact constructors: each failure names the field. */
public final class Require {
    /** Compiled once: every id of every request and row goes through it ({@code String.matches} compiles each time). */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]+");

    private Require() {}

    public static <T> T present(String field, T value) {
        if (value == null) throw new InvalidValueException(field, "is required");
        return value;
    }

    public static String text(String field, String value, int maxLength) {
        present(field, value);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) throw new InvalidValueException(field, "must not be blank");
        if (trimmed.length() > maxLength)
            throw new InvalidValueException(
                    field, "must be at most " + maxLength + " characters, was " + trimmed.length());
        return trimmed;
    }

    public static String id(String field, String value) {
        String text = text(field, value, 64);
        if (!ID.matcher(text).matches())
            throw new InvalidValueException(field, "may hold only letters, digits and . _ : - (was '" + text + "')");
        return text;
    }

    public static void that(boolean condition, String field, String reason) {
        if (!condition) throw new InvalidValueException(field, Objects.requireNonNull(reason));
    }
}
