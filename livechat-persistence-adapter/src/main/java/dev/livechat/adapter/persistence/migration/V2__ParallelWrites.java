package dev.livechat.adapter.persistence.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Takes away the two things that made every write wait for every other one:
 *
 * <ul>
 *   <li>event positions come from a sequence instead of the {@code counters('events')} row, whose
 *       lock every save of every conversation held until commit. A sequence hands out positions
 *       in parallel; they may commit out of order, which the event hub's cursor already handles.
 *       The sequence starts after the counter's last value (Java, because neither database takes
 *       a query as a sequence's start);
 *   <li>participant rows say whether the participation is ongoing (present in an open
 *       conversation) and in which channel, so an operator's ongoing sessions are counted from an
 *       index instead of walking every conversation it ever took part in.
 * </ul>
 */
public final class V2__ParallelWrites extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement sql = connection.createStatement()) {
            long last = 0;
            try (ResultSet counter = sql.executeQuery("SELECT current_value FROM counters WHERE name = 'events'")) {
                if (counter.next()) last = counter.getLong(1);
            }
            sql.execute("CREATE SEQUENCE events_position START WITH " + (last + 1));
            sql.execute("DELETE FROM counters WHERE name = 'events'");

            sql.execute("ALTER TABLE conversation_participants ADD COLUMN ongoing BOOLEAN DEFAULT FALSE NOT NULL");
            sql.execute("ALTER TABLE conversation_participants ADD COLUMN channel_id VARCHAR(64)");
            sql.execute("UPDATE conversation_participants SET channel_id ="
                    + " (SELECT c.channel_id FROM conversations c WHERE c.id = conversation_id),"
                    + " ongoing = (left_at IS NULL AND EXISTS (SELECT 1 FROM conversations c"
                    + " WHERE c.id = conversation_id AND c.closed = FALSE))");
            sql.execute("ALTER TABLE conversation_participants ALTER COLUMN channel_id SET NOT NULL");
            sql.execute("DROP INDEX participants_ongoing");
            sql.execute(
                    "CREATE INDEX participants_ongoing ON conversation_participants (user_id, ongoing, channel_id)");
        }
    }
}
