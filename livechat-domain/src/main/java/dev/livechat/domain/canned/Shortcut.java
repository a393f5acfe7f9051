package dev.livechat.domain.canned;

import dev.livechat.domain.error.InvalidValueException;
import java.util.Locale;

/**
 * What an operator types to pick a canned response ("refund"): 1–32 letters, digits, {@code -}
 * and {@code _}. Two shortcuts that differ only in case are the same one ({@link #key()}).
 */
public record Shortcut(String value) {
    public static final int MAX_LENGTH = 32;

    public Shortcut {
        if (value == null) throw new InvalidValueException("shortcut", "is required");
        if (value.isEmpty() || value.length() > MAX_LENGTH || !allowed(value))
            throw new InvalidValueException(
                    "shortcut",
                    "must be 1–" + MAX_LENGTH + " letters, digits, '-' or '_' (was '" + abbreviated(value) + "')");
    }

    public static Shortcut of(String value) {
        return new Shortcut(value);
    }

    /** The shortcut as compared and stored uniquely: lower case. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    private static boolean allowed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_';
            if (!ok) return false;
        }
        return true;
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    @Override
    public String toString() {
        return value;
    }
}
