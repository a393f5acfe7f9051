package dev.livechat.adapter.persistence.migration;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fewer bytes per stored conversation, the data kept:
 *
 * <ul>
 *   <li>each conversation gets a number ({@code log_key}, from the event position sequence) and
 *       its messages are keyed by that number instead of the conversation's text id: the id (36
 *       characters for the service's UUIDs) was repeated in every message row and in every entry of
 *       the messages' primary key, the largest index of the schema. The table is rebuilt rather than
 *       altered, so its key index is built packed, and the fixed-width columns come first (no alignment padding on PostgreSQL);
 *   <li>no {@code (conversation_id, seq)} unique index on events: no query reads events by
 *       conversation, and the conversation row's lock and version already make a conversation's
 *       sequence numbers unique;
 *   <li>on PostgreSQL, the help queue, contact and browser-key indexes leave out the rows they can
 *       never find (a closed conversation has no status; most visitors have no contact or key).
 *       Their queries ask for an equal value, which implies NOT NULL, so the planner still uses
 *       them. H2 has no partial indexes; there they stay whole.
 * </ul>
 */
public final class V5__CompactKeys extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        boolean postgres = Dialect.postgres(context);
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("ALTER TABLE conversations ADD COLUMN log_key BIGINT");
            sql.execute("UPDATE conversations SET log_key = "
                    + (postgres ? "nextval('events_position')" : "NEXT VALUE FOR events_position"));
            sql.execute("ALTER TABLE conversations ALTER COLUMN log_key SET NOT NULL");
            sql.execute("ALTER TABLE conversations ADD CONSTRAINT conversations_log_key UNIQUE (log_key)");

            sql.execute("CREATE TABLE messages_by_key ("
                    + " log_key     BIGINT         NOT NULL,"
                    + " seq         BIGINT         NOT NULL,"
                    + " sent_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,"
                    + " author_kind VARCHAR(16)    NOT NULL,"
                    + " author_id   VARCHAR(64),"
                    + " author_name VARCHAR(100)   NOT NULL,"
                    + " body        VARCHAR(10000) NOT NULL)");
            sql.execute("INSERT INTO messages_by_key"
                    + " SELECT c.log_key, m.seq, m.sent_at, m.author_kind, m.author_id, m.author_name, m.body"
                    + " FROM messages m JOIN conversations c ON c.id = m.conversation_id"
                    + " ORDER BY c.log_key, m.seq");
            sql.execute("DROP TABLE messages");
            sql.execute("ALTER TABLE messages_by_key RENAME TO messages");
            sql.execute("ALTER TABLE messages ADD CONSTRAINT messages_pk PRIMARY KEY (log_key, seq)");
            sql.execute("ALTER TABLE messages ADD CONSTRAINT messages_conversation"
                    + " FOREIGN KEY (log_key) REFERENCES conversations (log_key)");

            sql.execute("ALTER TABLE events DROP CONSTRAINT events_conversation_seq");

            if (postgres) {
                sql.execute("DROP INDEX conversations_help_queue");
                sql.execute("CREATE INDEX conversations_help_queue ON conversations (status, help_requested_at)"
                        + " WHERE status IS NOT NULL");
                sql.execute("DROP INDEX conversations_contact");
                sql.execute("CREATE INDEX conversations_contact ON conversations (contact_id, started_at)"
                        + " WHERE contact_id IS NOT NULL");
                sql.execute("DROP INDEX conversations_visitor_key");
                sql.execute("CREATE INDEX conversations_visitor_key ON conversations (visitor_key, started_at)"
                        + " WHERE visitor_key IS NOT NULL");
            }
        }
    }
}
