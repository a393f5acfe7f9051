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
    private final HikariDataSource pool;
    private final boolean postgres;
    /** The gate's exclusive side: taken for a pass. */
    private final Lock alone;

    private final BooleanSupplier closed;
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
        if (postgres || closed.getAsBoolean()) return;
        alone.lock();
        try {
            H2Files.compact(pool, max);
        } finally {
            alone.unlock();
        }
    }

    /**
     * A pass of at most {@code pass} once {@code period} has gone by since the last one, or at once
     * while the file is behind ({@link H2Files#behind}: at least {@code behindFromBytes}, and less
     * than half of it live data). Under sustained writes the file would otherwise grow without bound
     * (each commit appends a chunk of its own); asked every second, the passes hold the writers back
     * more often instead, so the write rate falls to what they keep up with. Answers whether it
     * compacted.
     */
    boolean compactWhenDue(Duration pass, Duration period, long behindFromBytes) {
        if (postgres || closed.getAsBoolean()) return false;
        long now = System.nanoTime();
        if (now - lastPass < period.toNanos() && !H2Files.behind(pool, behindFromBytes)) return false;
        lastPass = now;
        compact(pass);
        return true;
    }
}
