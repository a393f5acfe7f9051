package dev.livechat.adapter.persistence;

import com.zaxxer.hikari.HikariDataSource;
import dev.livechat.domain.error.ConcurrentUpdateException;
import dev.livechat.domain.error.DependencyUnavailableException;
import dev.livechat.domain.error.Retry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.Transaction;
import org.hibernate.jdbc.ReturningWork;

/**
 * The pool, the migrated schema and Hibernate over it. Every port call runs in {@link #transaction}:
 * one stateless session, one transaction, its statements executed as written (no persistence
 * context, no lazy loading, so statement counts are what the repositories say).
 */
final class Database implements AutoCloseable {
    private static final int HEALTH_TIMEOUT_SECONDS = 2;

    private final HikariDataSource pool;
    /** Hibernate's boot, which may still run when {@link #open} returns; every session waits for it. */
    private final HibernateBoot boot;
    /** The transaction open on this thread, which nested calls join. */
    private final ThreadLocal<Unit> current = new ThreadLocal<>();

    private volatile boolean closed;

    private final boolean postgres;
    /** Names this storage in its notifications, so that its own are not taken for another instance's. */
    private final String origin = java.util.UUID.randomUUID().toString();

    /**
     * Transactions share it, a compaction pass of the embedded H2 file takes it alone (never taken
     * alone on PostgreSQL). H2 may reuse file
     * space only while no transaction can commit (docs/durability.md, "The fix"), so a chunk
     * written into reused space is never the only copy of an answered write.
     */
    private final ReadWriteLock compaction = new ReentrantReadWriteLock();

    private final EmbeddedFile file;

    /** Statements of plain JDBC work ({@link #jdbc}), which Hibernate's statistics do not see; null: not counted. */
    private final AtomicLong jdbcStatements;
    /** The SQL of the last {@value #RECENT} of them, newest last (with the count). */
    private final Deque<String> recentJdbc = new ArrayDeque<>();

    private static final int RECENT = 16;

    private Database(HikariDataSource pool, HibernateBoot boot, boolean postgres, boolean statistics) {
        this.pool = pool;
        this.boot = boot;
        this.postgres = postgres;
        this.jdbcStatements = statistics ? new AtomicLong() : null;
        this.file = new EmbeddedFile(pool, postgres, compaction.writeLock(), () -> closed);
    }

    /**
     * Starts Hibernate's boot ({@link HibernateBoot}), which needs no connection, then opens the pool
     * and runs the Flyway migrations while it boots, and returns: the boot is the longest part of the
     * start, so it starts first and may still run (the first session waits for it; {@link
     * #awaitReady} says when it is done). The pool is created unopened and opened by its first
     * connection, here, so that a database that cannot be reached still fails the start at once.
     */
    static Database open(DatabaseSettings settings, boolean statistics) {
        HikariDataSource pool = Pool.unopened(settings);
        HibernateBoot boot = HibernateBoot.start(pool, settings, statistics);
        try {
            Migrations.runAndOpen(pool, settings);
            return new Database(pool, boot, settings.postgres(), statistics);
        } catch (RuntimeException e) {
            boot.close();
            pool.close();
            if (Failures.connectionLost(e)) throw new DependencyUnavailableException("database", e);
            throw e;
        }
    }

    /**
     * Waits for Hibernate's boot, parsing queries meanwhile ({@link HqlWarmUp}) so that the first
     * ones after it do not pay for the grammar; throws what the boot threw.
     */
    void awaitReady() {
        HqlWarmUp.whileWaiting(boot::done);
        boot.await();
    }

    private SessionFactory sessions() {
        return boot.await();
    }

    /** The pool's gauges and timers ({@code hikaricp_*}) in the registry; once per pool (HikariCP refuses a second). */
    void bindMetrics(io.micrometer.core.instrument.MeterRegistry registry) {
        pool.setMetricsTrackerFactory(
                new com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory(registry));
    }

    /** Runs the work in one transaction; a lost race becomes a generic conflict. */
    <T> T transaction(Function<StatelessSession, T> work) {
        return transaction(work, () -> new ConcurrentUpdateException("row", "(unknown)", 0));
    }

    /**
     * Runs the work in one transaction, or in the one already open on this thread (which then
     * commits or rolls back everything together); a lost race (version, unique key, lock) becomes
     * {@code conflict}.
     */
    <T> T transaction(Function<StatelessSession, T> work, Supplier<ConcurrentUpdateException> conflict) {
        Unit open = current.get();
        if (open != null) {
            try {
                return work.apply(open.session());
            } catch (RuntimeException e) {
                throw Failures.translate(e, conflict);
            }
        }
        if (closed) throw new IllegalStateException("the storage is closed");
        Lock shared = compaction.readLock();
        shared.lock();
        try (StatelessSession session = sessions().openStatelessSession()) {
            Transaction tx = session.beginTransaction();
            Unit unit = new Unit(session, postgres, origin, this::counted);
            current.set(unit);
            try {
                T result = work.apply(session);
                tx.commit();
                unit.committed();
                return result;
            } catch (RuntimeException e) {
                rollbackQuietly(tx, e);
                throw e;
            } finally {
                current.remove();
                unit.completed();
            }
        } catch (RuntimeException e) {
            throw Failures.translate(e, conflict);
        } finally {
            shared.unlock();
        }
    }

    /**
     * Plain JDBC on the connection of {@link #transaction} (joining the one open on this thread);
     * with statistics on, its statements count in {@link #preparedStatements} as Hibernate's do.
     */
    <T> T jdbc(ReturningWork<T> work) {
        return transaction(s -> s.doReturningWork(c -> work.execute(counted(c))));
    }

    private Connection counted(Connection connection) {
        return jdbcStatements == null ? connection : CountingConnection.wrap(connection, this::prepared);
    }

    private void prepared(String sql) {
        jdbcStatements.incrementAndGet();
        synchronized (recentJdbc) {
            recentJdbc.addLast(sql);
            if (recentJdbc.size() > RECENT) recentJdbc.removeFirst();
        }
    }

    /** The SQL of the last plain JDBC statements, newest last (only recorded when opened with statistics). */
    List<String> recentJdbcStatements() {
        synchronized (recentJdbc) {
            return List.copyOf(recentJdbc);
        }
    }

    /**
     * Runs the action once the transaction open on this thread is over (committed or rolled back),
     * or at once when none is open.
     */
    void afterCompletion(Runnable action) {
        Unit open = current.get();
        if (open == null) action.run();
        else open.afterCompletion(action);
    }

    /** Runs the action once the transaction open on this thread commits (never if it rolls back). */
    void afterCommit(Runnable action) {
        unit().afterCommit(action);
    }

    /** What this storage's notifications carry (see {@link EventNotifications}). */
    String origin() {
        return origin;
    }

    /** The transaction open on this thread; only called from inside {@link #transaction}. */
    Unit unit() {
        Unit open = current.get();
        if (open == null) throw new IllegalStateException("no transaction is open on this thread");
        return open;
    }

    /**
     * For idempotent writes (upserts, find-or-create): a lost race means someone else wrote the same
     * row at the same time, so the work runs once more and then sees it. Inside a larger transaction
     * the failed statement has spoiled it (PostgreSQL aborts it): the conflict goes up, and the use
     * case's unit of work runs again as a whole, through the same {@link Retry}. The row locks of
     * {@code loadForUpdate} do not make this one unneeded: they order writers of a conversation, while
     * these rows (tags, expertise, contacts, users, tokens) are written outside any use case's unit
     * too, by the administration and by concurrent callers of the port.
     */
    <T> T retryingOnConflict(Function<StatelessSession, T> work) {
        if (current.get() != null) return transaction(work);
        return Retry.onConflict(() -> transaction(work));
    }

    /** An idempotent write that answers nothing, {@link #retryingOnConflict retrying on conflict}. */
    void idempotentWrite(Consumer<StatelessSession> write) {
        retryingOnConflict(s -> {
            write.accept(s);
            return null;
        });
    }

    private static void rollbackQuietly(Transaction tx, RuntimeException cause) {
        try {
            if (tx.isActive()) tx.rollback();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /** The embedded file's compaction (nothing on PostgreSQL). */
    EmbeddedFile file() {
        return file;
    }

    /** A cheap {@code select 1} with a short timeout. */
    boolean healthy() {
        if (closed || !boot.done()) return false;
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(HEALTH_TIMEOUT_SECONDS);
            statement.execute("select 1");
            connection.rollback();
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** JDBC statements prepared since the start (only counted when opened with statistics). */
    long preparedStatements() {
        long jdbc = jdbcStatements == null ? 0 : jdbcStatements.get();
        return sessions().getStatistics().getPrepareStatementCount() + jdbc;
    }

    /** Transactions committed or rolled back since the start (only counted when opened with statistics). */
    long transactions() {
        return sessions().getStatistics().getTransactionCount();
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        try {
            boot.close();
        } finally {
            pool.close();
        }
    }
}
