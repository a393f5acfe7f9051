package dev.livechat.domain.privacy;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an erasure did: the conversations it found, and how many rows (or files) each store changed.
 * A repeated erasure changes nothing ({@link #rows()} is 0).
 */
public record Erasure(DataSubject subject, Instant at, int conversations, Map<String, Integer> rowsByStore) {
    public Erasure {
        rowsByStore = Collections.unmodifiableMap(new LinkedHashMap<>(rowsByStore));
    }

    public int rows() {
        return rowsByStore.values().stream().mapToInt(Integer::intValue).sum();
    }
}
