package dev.livechat.adapter.persistence;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Tells the operator how long the embedded file's compaction passes held the transactions back:
 * each pass at DEBUG, and at most once a minute a WARNING while passes of a second or more recur
 * (every request waits for them).
 */
final class PassLog {
    /** A pass that held the transactions back this long or longer is worth a warning. */
    static final Duration LONG = Duration.ofSeconds(1);

    private static final long MINUTE = Duration.ofMinutes(1).toNanos();
    private static final Logger LOG = System.getLogger(EmbeddedFile.class.getName());

    private final LongSupplier nanoTime;
    private final BiConsumer<Level, Supplier<String>> log;
    private long warnedAt;
    private int longPasses;
    private Duration longest = Duration.ZERO;

    PassLog() {
        this(System::nanoTime, LOG::log);
    }

    PassLog(LongSupplier nanoTime, BiConsumer<Level, Supplier<String>> log) {
        this.nanoTime = nanoTime;
        this.log = log;
        this.warnedAt = nanoTime.getAsLong() - MINUTE;
    }

    /** Records a pass (the worker's, or one a caller asked for: {@code JpaStorage.compact}). */
    synchronized void passed(Duration held, boolean behind, long sizeBefore, long sizeAfter) {
        log.accept(
                Level.DEBUG,
                () -> String.format(
                        "compaction pass held transactions back %d ms%s, file %d → %d MB",
                        held.toMillis(), behind ? " (behind)" : "", sizeBefore >> 20, sizeAfter >> 20));
        if (held.compareTo(LONG) < 0) return;
        longPasses++;
        if (held.compareTo(longest) > 0) longest = held;
        long now = nanoTime.getAsLong();
        if (now - warnedAt < MINUTE) return;
        String warning = String.format(
                "%d compaction pass(es) of the embedded database held every transaction back for a second or more"
                        + " since the last warning (the longest %d ms; file now %d MB): the file is behind"
                        + " (sustained writes, or much data deleted) and requests wait for its passes;"
                        + " PostgreSQL has none (docs/durability.md)",
                longPasses, longest.toMillis(), sizeAfter >> 20);
        log.accept(Level.WARNING, () -> warning);
        warnedAt = now;
        longPasses = 0;
        longest = Duration.ZERO;
    }
}
