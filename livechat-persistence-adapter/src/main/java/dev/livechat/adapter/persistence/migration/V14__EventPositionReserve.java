package dev.livechat.adapter.persistence.migration;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On the embedded H2 file, the event positions' sequence records how far it has handed out once
 * every {@value #RESERVE} values instead of every 32 (H2's default). H2 records it by committing on a
 * session of its own, and a commit of the file writes every page changed since the last one, the
 * open transactions' included: at the default, a unit of writes spread over a few conversations
 * wrote its pages twice, mid-unit and at its own commit.
 *
 * <p>The price: a process killed between two records restarts up to {@value #RESERVE} positions
 * further on. Positions only order events; readers already take gaps (a rolled-back transaction
 * leaves one), and a stream resumed by {@code Last-Event-ID} reads what comes after its position.
 *
 * <p>Nothing on PostgreSQL, whose sequences record their progress in the write-ahead log without a
 * commit, and where a cache would be each connection's own: positions handed out far out of order,
 * gaps the event hub would wait on.
 */
public final class V14__EventPositionReserve extends BaseJavaMigration {
    static final int RESERVE = 1024;

    @Override
    public void migrate(Context context) throws SQLException {
        if (Dialect.postgres(context)) return;
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("ALTER SEQUENCE events_position CACHE " + RESERVE);
        }
    }
}
