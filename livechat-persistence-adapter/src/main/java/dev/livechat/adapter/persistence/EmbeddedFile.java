package dev.livechat.adapter.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.concurrent.locks.Lock;
import java.util.function.BooleanSupplier;

/**
 * The embedded H2 file's upkeep: compaction passes, each with every transaction held back by the
 * gate the storage's transactions share (H2 may reuse file space only while none can commit,
 * docs/durability.md), and when the next one is due. Nothing on PostgreSQL.
 */
final class EmbeddedFile {
    /** A pass while the file is behind: at least this long. */
    static final Duration CATCH_UP_PASS = Duration.ofSeconds(1);

    private final HikariDataSource pool;
    private final boolean postgres;
    /** The gate's exclusive side: taken for a pass. */
    private final Lock alone;

    private final BooleanSupplier closed;
    /** How long the passes held the transactions back, for the log. */
    private final PassLog log = new PassLog();
    /** When {@link #compactWhenDue} last compacted (nanoTime); only the worker's thread calls it. */
    private volatile long lastPass = System.nanoTime();

    EmbeddedFile(HikariDataSource pool, boolean postgres, Lock alone, BooleanSupplier closed) {
        this.pool = pool;
        this.postgres = postgres;
        this.alone = alone;
        this.closed = closed;
    }

    /** Compacts for at most {@code max}. */
    void compact(Duration max) {
        compact(max, false);
    }

    private void compact(Duration max, boolean behind) {
        if (postgres || closed.getAsBoolean()) return;
        long start;
        H2Files.Sizes sizes;
        alone.lock();
        try {
            start = System.nanoTime();
            sizes = H2Files.compact(pool, max, behind);
        } finally {
            alone.unlock();
        }
        log.passed(Duration.ofNanos(System.nanoTime() - start), behind, sizes.before(), sizes.after());
    }

    /**
     * A pass of at most {@code pass} once {@code period} has gone by since the last one, or at once,
     * of at least {@link #CATCH_UP_PASS}, while the file is behind ({@link H2Files#behind}: at least
     * {@code behindFromBytes}, and less than half of it live data). Under sustained writes the file
     * would otherwise grow without bound (each commit appends a chunk of its own); asked every
     * second, the passes hold the writers back more often and longer instead, so the write rate
     * falls towards what they keep up with. Answers whether it compacted.
     */
    boolean compactWhenDue(Duration pass, Duration period, long behindFromBytes) {
        if (postgres || closed.getAsBoolean()) return false;
        long now = System.nanoTime();
        boolean behind = H2Files.behind(pool, behindFromBytes);
        if (now - lastPass < period.toNanos() && !behind) return false;
        lastPass = now;
        // behind, a pass of 300 ms every 1.3 s gave back less than a busy service wrote (a soak
        // grew the file to 2.8 GB in 10 minutes): a longer one holds the writers back about half the
        // time, and moves enough chunks that the end of the file comes free (H2Files.CATCH_UP_MOVE)
        compact(behind && CATCH_UP_PASS.compareTo(pass) > 0 ? CATCH_UP_PASS : pass, behind);
        return true;
    }
}
