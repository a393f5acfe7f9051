package dev.livechat.adapter.persistence;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Tells the operator how long the embedded file's compaction passes held the transactions back, in
 * all and at most at once (a pass holds them in steps): each pass at DEBUG, and at most once a minute
 * a WARNING while passes of a second or more recur with the file behind (a pass every second then:
 * writers wait for its steps about half the time).
 */
final class PassLog {
    /** A pass behind that held the transactions back this long or longer in all is worth a warning. */
    static final Duration LONG = Duration.ofSeconds(1);

    private static final long MINUTE = Duration.ofMinutes(1).toNanos();
    private static final Logger LOG = System.getLogger(EmbeddedFile.class.getName());

    private final LongSupplier nanoTime;
    private final BiConsumer<Level, Supplier<String>> log;
    private long warnedAt;
    private int longPasses;
    private Duration longestPass = Duration.ZERO;

    PassLog() {
        this(System::nanoTime, LOG::log);
    }

    PassLog(LongSupplier nanoTime, BiConsumer<Level, Supplier<String>> log) {
        this.nanoTime = nanoTime;
        this.log = log;
        this.warnedAt = nanoTime.getAsLong() - MINUTE;
    }

    /** Records a pass (the worker's, or one a caller asked for: {@code JpaStorage.compact}). */
    synchronized void passed(Duration held, Duration longest, boolean behind, long sizeBefore, long sizeAfter) {
        log.accept(
                Level.DEBUG,
                () -> String.format(
                        "compaction pass held transactions back %d ms (at most %d ms at once)%s, file %d → %d MB",
                        held.toMillis(),
                        longest.toMillis(),
                        behind ? " (behind)" : "",
                        sizeBefore >> 20,
                        sizeAfter >> 20));
        if (!behind || held.compareTo(LONG) < 0) return;
        longPasses++;
        if (held.compareTo(longestPass) > 0) longestPass = held;
        long now = nanoTime.getAsLong();
        if (now - warnedAt < MINUTE) return;
        String warning = String.format(
                "%d compaction pass(es) of the embedded database held every transaction back for a second or more in all"
                        + " since the last warning (the longest %d ms; file now %d MB): the file is behind"
                        + " (sustained writes, or much data deleted) and writers wait for its passes about half the time;"
                        + " PostgreSQL has none (docs/durability.md)",
                longPasses, longestPass.toMillis(), sizeAfter >> 20);
        log.accept(Level.WARNING, () -> warning);
        warnedAt = now;
        longPasses = 0;
        longestPass = Duration.ZERO;
    }
}
