package dev.livechat.adapter.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.concurrent.locks.Lock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The embedded H2 file's upkeep: compaction passes in steps, each step with every transaction held
 * back by the gate the storage's transactions share (H2 may reuse file space only while none can
 * commit, docs/durability.md), and when the next pass is due. Nothing on PostgreSQL.
 */
final class EmbeddedFile {
    /** A pass while the file is behind: at least this long. */
    static final Duration CATCH_UP_PASS = Duration.ofSeconds(1);

    private final HikariDataSource pool;
    private final boolean postgres;
    /** The gate's exclusive side: taken for each step of a pass. */
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

    /**
     * A pass, in steps of a few tens of milliseconds, each with every transaction held back and
     * followed by a pause as long: the live pages of sparse chunks rewritten ({@link H2Files#rewrite})
     * for at most half of {@code max}; the file written to the disk without holding anything back, so
     * that the writes within the moves are short; then chunks moved towards the start of the file
     * ({@link H2Files#move}) for the rest. H2's own pass rewrote up to 16 MB at once and looked at the
     * clock only then: passes of a 300 ms budget held every transaction back for 0.6–2.7 s at once
     * under posts at 64 connections, the slowest percent of those requests (docs/durability.md,
     * "Passes in steps").
     */
    private void compact(Duration max, boolean behind) {
        if (postgres || closed.getAsBoolean()) return;
        Steps steps = new Steps();
        rewrite(steps, max.dividedBy(2));
        H2Files.sync(pool);
        long step = behind ? H2Files.STEP_MOVE_BEHIND : H2Files.STEP_MOVE;
        H2Files.Sizes first = steps.run(() -> H2Files.move(pool, step));
        H2Files.Sizes last = first;
        long budget =
                first == H2Files.Sizes.NONE ? 0 : behind ? H2Files.catchUpMove(first.before()) : H2Files.MOVE_PER_PASS;
        for (long moved = step; moved < budget && steps.held().compareTo(max) < 0 && steps.pause(); moved += step)
            last = steps.run(() -> H2Files.move(pool, step));
        log.passed(steps.held(), steps.longest(), behind, first.before(), last.after());
    }

    /**
     * Rewrite steps until they have held the transactions back for {@code budget} or nothing is left
     * to rewrite. H2 never picks a chunk with more live bytes than a step may rewrite, so the bound
     * grows fourfold while steps rewrite nothing: under writes small chunks keep the steps small, and
     * on a quiet file the last big ones are rewritten too (200 closed conversations settled at 18.5 KB
     * each without that, 1.7 KB with it).
     */
    private void rewrite(Steps steps, Duration budget) {
        int bound = H2Files.STEP_REWRITE;
        while (steps.held().compareTo(budget) < 0 && !closed.getAsBoolean()) {
            int limit = bound;
            if (steps.run(() -> H2Files.rewrite(pool, limit))) steps.pause();
            else if (bound < H2Files.MAX_STEP_REWRITE) bound *= 4;
            else return;
        }
    }

    /** A pass's steps, each with every transaction held back, and how long they held them. */
    private final class Steps {
        private long held;
        private long longest;
        private long last;

        /** Runs a step with every transaction held back; answers what it answers. */
        <T> T run(Supplier<T> step) {
            alone.lock();
            long start = System.nanoTime();
            try {
                return step.get();
            } finally {
                alone.unlock();
                last = System.nanoTime() - start;
                held += last;
                longest = Math.max(longest, last);
            }
        }

        /** Lets the transactions the last step held back run: as long as it held them, at least a millisecond. */
        boolean pause() {
            if (closed.getAsBoolean()) return false;
            try {
                Thread.sleep(Math.max(1, last / 1_000_000));
                return !closed.getAsBoolean();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        Duration held() {
            return Duration.ofNanos(held);
        }

        Duration longest() {
            return Duration.ofNanos(longest);
        }
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
