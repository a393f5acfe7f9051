package dev.livechat.adapter.persistence.migration;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Less written per message, so less stored per conversation:
 *
 * <ul>
 *   <li>a {@code message.posted} event points at its message ({@code message_seq}) instead of
 *       copying it: the body is stored once, in {@code messages};
 *   <li>no index on {@code last_activity_at}: a message post changed an indexed column, so every
 *       post added an entry to each of the conversation's seven indexes. The inactivity closer finds
 *       open conversations through {@code (closed, started_at)} and filters them. On PostgreSQL the
 *       conversation pages keep room (fillfactor 80) so a post's new row version stays on its page
 *       (a HOT update, pruned in place).
 * </ul>
 */
public final class V4__LeanRows extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        boolean postgres = Dialect.postgres(context);
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("ALTER TABLE events ADD COLUMN message_seq BIGINT");
            sql.execute("DROP INDEX conversations_closed_activity");
            if (postgres) sql.execute("ALTER TABLE conversations SET (fillfactor = 80)");
        }
    }
}
