package dev.livechat.adapter.persistence;

import dev.livechat.domain.error.ConcurrentUpdateException;
import dev.livechat.domain.error.DependencyUnavailableException;
import dev.livechat.domain.error.LiveChatException;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Turns what Hibernate, the pool and the drivers throw into the domain's errors, so that no
 * persistence exception leaves the adapter: a lost race is a {@link ConcurrentUpdateException}, a
 * database that cannot be reached a {@link DependencyUnavailableException}.
 */
final class Failures {
    /** H2 error codes that mean the database itself is gone (closed, not found, connection broken). */
    private static final Set<Integer> H2_GONE = Set.of(90013, 90020, 90067, 90098, 90121, 90146);

    /** Lock timeouts, deadlocks and serialization failures: someone else holds or changed the rows. */
    private static final Set<String> CONTENTION = Set.of("40001", "40P01", "55P03", "HYT00", "90131");

    private static final String UNIQUE_VIOLATION = "23505";

    private Failures() {}

    static RuntimeException translate(RuntimeException failure, Supplier<ConcurrentUpdateException> conflict) {
        if (failure instanceof LiveChatException) return failure;
        if (connectionLost(failure)) return new DependencyUnavailableException("database", failure);
        if (lostRace(failure)) {
            ConcurrentUpdateException translated = conflict.get();
            translated.initCause(failure);
            return translated;
        }
        return failure;
    }

    static boolean connectionLost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) return true;
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P0") || state.equals("53300")) return true;
                if (H2_GONE.contains(sql.getErrorCode()) && state.startsWith("90")) return true;
            }
            if (t.getCause() == t) break;
        }
        return false;
    }

    static boolean lostRace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StaleStateException || t instanceof OptimisticLockException) return true;
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                if (sql.getSQLState().equals(UNIQUE_VIOLATION) || CONTENTION.contains(sql.getSQLState())) return true;
            }
            if (t.getCause() == t) break;
        }
        return false;
    }

    static boolean uniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) return true;
            if (t.getCause() == t) break;
        }
        return false;
    }
}
