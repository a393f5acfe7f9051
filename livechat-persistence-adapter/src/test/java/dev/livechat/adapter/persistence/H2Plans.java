package dev.livechat.adapter.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What H2's {@code EXPLAIN ANALYZE} says a statement read: rows counted by H2, not timed. */
final class H2Plans {
    private static final Pattern SCANNED = Pattern.compile("scanCount: (\\d+)");

    private H2Plans() {}

    /** The rows each table (or index) of the plan was scanned for, in the plan's order. */
    static List<Long> scanCounts(String plan) {
        List<Long> counts = new ArrayList<>();
        Matcher scanned = SCANNED.matcher(plan);
        while (scanned.find()) counts.add(Long.parseLong(scanned.group(1)));
        return counts;
    }
}
