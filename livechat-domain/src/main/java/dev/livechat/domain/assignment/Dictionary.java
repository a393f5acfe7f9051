package dev.livechat.domain.assignment;

import java.util.HashMap;
import java.util.Map;

/**
 * Codes for the values of one column of a {@link CandidatePool} (language tags, countries,
 * expertise), worked out once by whoever builds the pool, so that the policy compares ints and
 * bit masks instead of strings. As bits, the first 63 values get one each and any later value
 * shares {@link #OVERFLOW}: a candidate with that bit is checked on its operator instead.
 */
final class Dictionary {
    /** The bit of every value past the 63rd. */
    static final long OVERFLOW = 1L << 63;
    /** The code of a value nobody in the pool has. */
    static final int ABSENT = -2;

    private final Map<String, Integer> codes = new HashMap<>();

    /** The value's code, a new one if it is new. */
    int code(String value) {
        return codes.computeIfAbsent(value, v -> codes.size());
    }

    /** The value's bit, a new one if it is new; {@link #OVERFLOW} past the 63rd value. */
    long bit(String value) {
        int code = code(value);
        return code < 63 ? 1L << code : OVERFLOW;
    }

    int size() {
        return codes.size();
    }

    /** Whether some value shares {@link #OVERFLOW}. */
    boolean overflows() {
        return codes.size() > 63;
    }

    /** The code of a value, or {@link #ABSENT}; nothing is added. */
    int find(String value) {
        return codes.getOrDefault(value, ABSENT);
    }

    /** The bit of a value, or 0 when it has none of its own (nobody has it, or it shares {@link #OVERFLOW}). */
    long findBit(String value) {
        int code = find(value);
        return code >= 0 && code < 63 ? 1L << code : 0;
    }
}
