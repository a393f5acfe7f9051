package dev.livechat.adapter.rest;

import dev.livechat.domain.event.EventRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where the event hub stands in the stored stream, when positions may commit out of order: a
 * database sequence hands out 7 and 8, and the transaction with 8 commits first. The cursor keeps
 * the highest <em>contiguous</em> position (everything at or below it was delivered or given up),
 * the positions delivered above it, and since when each missing one is missing. Reads start at the
 * contiguous position, so a late commit is still found; a position missing for longer than the
 * gap timeout is given up (a rolled-back transaction consumed it).
 *
 * <p>Not thread-safe: the hub calls it under its lock.
 */
final class EventCursor {
    /** Beyond this many missing positions, the oldest are given up at once (a sequence jumped far). */
    static final int MAX_GAPS = 10_000;

    private final long gapTimeoutNanos;
    private long contiguous;
    private final TreeSet<Long> delivered = new TreeSet<>();
    private final TreeMap<Long, Long> missingSince = new TreeMap<>();

    EventCursor(long start, Duration gapTimeout) {
        this.contiguous = start;
        this.gapTimeoutNanos = gapTimeout.toNanos();
    }

    /** Read from here: every position at or below it was delivered or given up. */
    long position() {
        return contiguous;
    }

    /** Positions known to be missing above the contiguous one (for tests and logs). */
    int gaps() {
        return missingSince.size();
    }

    /**
     * Takes what one read returned (ascending positions) and answers the records not delivered
     * before, in order; then moves the contiguous position on.
     */
    List<EventRecord> accept(List<EventRecord> read, long nowNanos) {
        List<EventRecord> fresh = new ArrayList<>();
        for (EventRecord record : read) {
            long position = record.position();
            if (position <= contiguous || !delivered.add(position)) continue;
            missingSince.remove(position);
            fresh.add(record);
        }
        noteGaps(nowNanos);
        advance(nowNanos);
        return fresh;
    }

    private void noteGaps(long nowNanos) {
        if (delivered.isEmpty()) return;
        long highest = delivered.last();
        long lowest = Math.max(contiguous + 1, highest - MAX_GAPS);
        for (long p = lowest; p < highest; p++) if (!delivered.contains(p)) missingSince.putIfAbsent(p, nowNanos);
        if (lowest > contiguous + 1) giveUpBelow(lowest);
    }

    private void advance(long nowNanos) {
        while (true) {
            long next = contiguous + 1;
            if (delivered.remove(next)) {
                contiguous = next;
                continue;
            }
            Long since = missingSince.get(next);
            if (since == null || nowNanos - since < gapTimeoutNanos) return;
            missingSince.remove(next);
            contiguous = next;
        }
    }

    private void giveUpBelow(long position) {
        missingSince.headMap(position).clear();
        delivered.headSet(position).clear();
        contiguous = position - 1;
    }
}
