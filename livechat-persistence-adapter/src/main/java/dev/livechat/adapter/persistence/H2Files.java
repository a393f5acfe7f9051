package dev.livechat.adapter.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.h2.mvstore.db.Store;

/**
 * Compacts the embedded H2 file while the service runs. The file is opened with
 * {@code WRITE_DELAY=0} (each commit written before it is answered) and {@code REUSE_SPACE=FALSE}
 * (each chunk appended at the end of the file, where recovery after a crash always finds it; a
 * chunk written into reused space inside the file can be unreachable after a SIGKILL,
 * docs/durability.md). So the file only grows, until this moves the live chunks together and gives
 * the rest back: space is reused only here, while the caller keeps every transaction out. Uses H2's
 * engine classes (public, not a documented API).
 */
final class H2Files {
    private H2Files() {}

    /** A file this large or larger is behind when it holds less than half live data. */
    static final long BEHIND_FROM_BYTES = 64L << 20;

    /** At most this many bytes of chunks moved by a pass (16 MB took ≈ 15–110 ms here in one go). */
    static final long MOVE_PER_PASS = 16L << 20;

    /**
     * While the file is behind, a pass moves at most this many bytes of chunks, or half the file if
     * more, up to {@link #MAX_CATCH_UP_MOVE} (in one go ≈ 150–350 ms here). With 16 MB the chunks at the end of
     * the file were seldom among those moved, so four passes in five gave nothing back while each
     * added the pages it rewrote: at 30 conversations a second the file ran away (docs/durability.md).
     */
    static final long CATCH_UP_MOVE = 128L << 20;

    /**
     * But never more than this in one pass: half of a 2.9 GB file behind, moved in one pass at a
     * start, held every transaction back for 4.1 s, 2.1 s with this bound, for the same file after
     * the pass (docs/durability.md). A file of up to 512 MB moves as before.
     */
    static final long MAX_CATCH_UP_MOVE = 256L << 20;

    /**
     * How long a chunk no version uses any more is kept before its space can go, between passes. H2's
     * compaction sets 0 and leaves it there, where H2 now and then fails a read with "Chunk … not
     * found" (h2database issue 4383); H2's default, 45 s, kept so much of a busy file that the passes
     * stopped giving space back (docs/durability.md). A second is far longer than any transaction here.
     */
    static final int RETENTION_MILLIS = 1_000;

    /**
     * Whether the file behind an embedded H2 pool outgrew what the regular passes give back: over
     * {@code fromBytes} ({@link #BEHIND_FROM_BYTES} in the service), and less than half of it live data. Under sustained writes each
     * commit appends a chunk of its own faster than a pass every 10 s reclaims them.
     */
    static boolean behind(HikariDataSource pool, long fromBytes) {
        return onStore(pool, "read the embedded H2 file's fill rate", false, store -> {
            // the share of the file in chunks, times the share of the chunks' bytes still live (dead
            // pages count from the commit that replaced them; whole dead chunks only after H2's retention)
            FileStore<?> file = store.getMvStore().getFileStore();
            return file.size() >= fromBytes && file.getFillRate() * file.getChunksFillRate() < 50 * 100;
        });
    }

    /**
     * A step of a pass rewrites at most this many bytes of live pages (≈ 5–40 ms here, every
     * transaction held back). H2's own pass rewrote up to 16 MB before it looked at the clock: with the
     * move after it, passes of a 300 ms budget held every transaction back for 0.6–2.7 s at once under
     * posts at 64 connections (docs/durability.md, "Passes in steps").
     */
    static final int STEP_REWRITE = 64 << 10;

    /** H2's own bound for one rewrite: a step rewrites this much at most, when nothing smaller can be. */
    static final int MAX_STEP_REWRITE = 16 << 20;

    /**
     * A step of a pass moves at most this many bytes of chunks (≈ 20–140 ms here, more with more
     * chunks in the file); while the file is behind, {@link #STEP_MOVE_BEHIND}.
     */
    static final long STEP_MOVE = 4L << 20;

    static final long STEP_MOVE_BEHIND = 16L << 20;

    /**
     * Rewrites at most {@code bytes} of the live pages of the file's emptiest and oldest chunks into a
     * new one, so that theirs come free; answers whether it rewrote any. H2 rewrites only while it may
     * reuse space, and only chunks older than its retention time ({@link #reusingSpace}). False for
     * an H2 server or another database.
     */
    static boolean rewrite(HikariDataSource pool, int bytes) {
        return onStore(pool, "compact the embedded H2 file", false, store -> {
            MVStore mv = store.getMvStore();
            // 100: any chunk is a candidate, the emptiest and oldest first (as in H2's own pass)
            return reusingSpace(mv, () -> mv.compact(100, bytes));
        });
    }

    /** Writes the embedded file's changes to the disk (fsync); nothing for another database. */
    static void sync(HikariDataSource pool) {
        onStore(pool, "write the embedded H2 file to the disk", false, store -> {
            store.getMvStore().sync();
            return true;
        });
    }

    /**
     * Moves at most {@code bytes} of chunks towards the start of the file, into the space of
     * chunks no version uses any more (H2's rewrite alone moves them only after a rewrite of its own:
     * 200 closed conversations settled at 8.8 KB each, 4.4 KB with this move; H2CompactionTest), and
     * gives the end of the file back. Space is reused only here: the caller keeps every transaction
     * out meanwhile. {@link Sizes#NONE} for an H2 server or another database.
     */
    static Sizes move(HikariDataSource pool, long bytes) {
        return onStore(pool, "compact the embedded H2 file", Sizes.NONE, store -> {
            MVStore mv = store.getMvStore();
            long before = mv.getFileStore().size();
            reusingSpace(mv, () -> {
                mv.sync();
                if (mv.getFileStore() instanceof RandomAccessStore file) file.compactMoveChunks(100, bytes, mv);
                return null;
            });
            return new Sizes(before, mv.getFileStore().size());
        });
    }

    /**
     * Runs a step of a pass with space reuse on and the retention at 0, as H2's own pass does (the
     * chunks left unused can go at once: the caller keeps every transaction out meanwhile), then puts
     * both back: space is reused only within such a step.
     */
    private static <T> T reusingSpace(MVStore mv, Supplier<T> step) {
        mv.setReuseSpace(true);
        mv.setRetentionTime(0);
        try {
            return step.get();
        } finally {
            mv.setReuseSpace(false);
            mv.setRetentionTime(RETENTION_MILLIS);
        }
    }

    /** The file's size before and after a move, in bytes. */
    record Sizes(long before, long after) {
        static final Sizes NONE = new Sizes(0, 0);
    }

    /** What a pass moves while the file is behind: half of it, within {@link #CATCH_UP_MOVE} and {@link #MAX_CATCH_UP_MOVE}. */
    static long catchUpMove(long fileSize) {
        return Math.min(MAX_CATCH_UP_MOVE, Math.max(CATCH_UP_MOVE, fileSize / 2));
    }

    /** Writes to the file whatever the embedded H2 store has not written yet; nothing for another database. */
    static void writeNow(HikariDataSource pool) {
        onStore(pool, "write the embedded H2 file", false, store -> {
            store.getMvStore().commit();
            return true;
        });
    }

    /** Runs the work on the store of an embedded H2 pool, holding one of its connections; {@code otherwise} for any other. */
    private static <T> T onStore(HikariDataSource pool, String what, T otherwise, Function<Store, T> work) {
        try (Connection connection = pool.getConnection()) {
            JdbcConnection h2 = connection.unwrap(JdbcConnection.class);
            connection.rollback();
            return h2.getSession() instanceof SessionLocal local
                    ? work.apply(local.getDatabase().getStore())
                    : otherwise;
        } catch (SQLException e) {
            throw new IllegalStateException("could not " + what, e);
        }
    }
}
