package dev.livechat.domain.error;

import java.util.Objects;

/** Small guards for compact constructors: each failure names the field. */
public final class Require {

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
        if (!isId(text))
            throw new InvalidValueException(field, "may hold only letters, digits and . _ : - (was '" + text + "')");
        return text;
    }

    /** {@code [A-Za-z0-9._:-]+} by hand: every id of every request and row goes through it. */
    private static boolean isId(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c == '.'
                    || c == '_'
                    || c == ':'
                    || c == '-';
            if (!allowed) return false;
        }
        return !text.isEmpty();
    }

    public static void that(boolean condition, String field, String reason) {
        if (!condition) throw new InvalidValueException(field, Objects.requireNonNull(reason));
    }
}
