package dev.livechat.adapter.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Parameters and times of the plain JDBC statements (see {@link Unit#jdbc}): Hibernate's
 * own work around them (turning HQL into SQL on every run of a mutation query, binding, mapping)
 * cost more CPU than the database's. Instants go as UTC {@link OffsetDateTime}s, which H2 and
 * PostgreSQL both take for {@code TIMESTAMP WITH TIME ZONE}; a null is typed, as PostgreSQL wants.
 */
final class Jdbc {
    private Jdbc() {}

    /** Binds the value at the 1-based index; {@code sqlType} ({@link Types}) says what a null is. */
    static void bind(PreparedStatement statement, int index, Object value, int sqlType) throws SQLException {
        if (value == null) statement.setNull(index, sqlType);
        else if (value instanceof Instant instant)
            statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        else statement.setObject(index, value);
    }

    static void text(PreparedStatement statement, int index, String value) throws SQLException {
        bind(statement, index, value, Types.VARCHAR);
    }

    static void time(PreparedStatement statement, int index, Instant value) throws SQLException {
        bind(statement, index, value, Types.TIMESTAMP_WITH_TIMEZONE);
    }

    /** A {@code TIMESTAMP WITH TIME ZONE} column as an instant, or null. */
    static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        return instant(row, row.findColumn(column));
    }
}
