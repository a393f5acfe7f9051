package dev.livechat.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.error.ConcurrentUpdateException;
import dev.livechat.domain.error.DependencyUnavailableException;
import dev.livechat.domain.error.NotFoundException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class FailuresTest {
    final Supplier<ConcurrentUpdateException> conflict = () -> new ConcurrentUpdateException("conversation", "k1", 3);

    @Test
    void aStaleVersionIsAConcurrentUpdateThatKeepsTheCause() {
        var stale = new StaleObjectStateException("ConversationEntity", "k1");

        RuntimeException translated = Failures.translate(stale, conflict);

        assertThat(translated)
                .isInstanceOf(ConcurrentUpdateException.class)
                .hasMessageContaining("conversation k1")
                .hasCause(stale);
    }

    @Test
    void aUniqueViolationOrALockTimeoutIsAConcurrentUpdate() {
        var duplicate = new ConstraintViolationException(
                "insert", new SQLException("duplicate key", "23505"), "insert into tags", "tags_pk");
        var lockTimeout =
                new GenericJDBCException("update", new SQLException("Timeout trying to lock", "HYT00", 50200));
        var deadlock = new GenericJDBCException("update", new SQLException("deadlock detected", "40P01"));

        assertThat(Failures.translate(duplicate, conflict)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(Failures.translate(lockTimeout, conflict)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(Failures.translate(deadlock, conflict)).isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void aLostConnectionIsTheDatabaseBeingUnavailable() {
        var noConnection = new JDBCConnectionException(
                "Unable to acquire JDBC Connection", new SQLTransientConnectionException("livechat - timed out"));
        var refused = new GenericJDBCException("connect", new SQLException("Connection refused", "08001"));
        var closed = new GenericJDBCException("select", new SQLException("Database is already closed", "90098", 90098));
        var adminShutdown = new GenericJDBCException("select", new SQLException("terminating connection", "57P01"));

        for (RuntimeException failure : new RuntimeException[] {noConnection, refused, closed, adminShutdown})
            assertThat(Failures.translate(failure, conflict))
                    .isInstanceOf(DependencyUnavailableException.class)
                    .hasCause(failure)
                    .satisfies(e -> assertThat(((DependencyUnavailableException) e).dependency())
                            .isEqualTo("database"));
    }

    @Test
    void domainErrorsPassAndOtherFailuresAreLeftAlone() {
        var notFound = new NotFoundException("transcript request", "r1");
        var bug = new IllegalArgumentException("event of another conversation");
        var syntax = new GenericJDBCException("select", new SQLException("syntax error", "42601"));

        assertThat(Failures.translate(notFound, conflict)).isSameAs(notFound);
        assertThat(Failures.translate(bug, conflict)).isSameAs(bug);
        assertThat(Failures.translate(syntax, conflict)).isSameAs(syntax);
    }
}
