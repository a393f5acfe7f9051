package dev.livechat.adapter.persistence.migration;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fewer bytes per closed conversation on PostgreSQL (docs/benchmarks.md, "Bytes on disk per closed
 * conversation of ten short messages"), the data kept:
 *
 * <ul>
 *   <li>history lines are keyed by the conversation's number ({@code log_key}), as its messages
 *       are: one index {@code (log_key, position)} instead of two, one on the position and one on
 *       the 36-character conversation id repeated in every line and entry. The table is rebuilt,
 *       fixed-width columns first (no alignment padding on PostgreSQL);
 *   <li>no index on {@code (channel_id, reply_awaited_since)}: the hand-on worker reads a channel's
 *       open conversations through {@code conversations_channel} {@code (channel_id, closed, …)} and
 *       filters them. Since the column is no longer indexed, the operator's first reply, which
 *       clears it, is a HOT update on PostgreSQL instead of a new entry in every index of the table;
 *   <li>no unique index on {@code conversations.log_key}, which only served the messages' foreign
 *       key: every query reaches a conversation's messages and history from its id (the primary
 *       key, then {@code log_key} from the row), and the numbers come from a sequence. The close of
 *       a conversation changes indexed columns, so each index of the table costs two entries per
 *       conversation until VACUUM; one index fewer;
 *   <li>on PostgreSQL, indexes that only serve open or not yet erased conversations leave the others
 *       out: {@code conversations_closed_started} becomes {@code (started_at) WHERE closed = false}
 *       (the reports read closed ones by {@code (started_ms, id)}, the export's index), the retention
 *       index {@code (closed_ms) WHERE text_erased_at IS NULL AND closed_ms IS NOT NULL}, and an
 *       operator's ongoing sessions {@code (user_id, channel_id) WHERE ongoing}. Their queries say
 *       {@code closed = false}, {@code text_erased_at is null and closed_ms < :cutoff},
 *       {@code ongoing = true}, which imply the predicates. H2 has no partial indexes;
 *   <li>on PostgreSQL, the conversations' pages are filled (fillfactor 100, V4 set 80). The 20 % kept
 *       free for HOT updates was mostly left empty: a new row does not go into a page whose free
 *       space is taken by the dead versions of another conversation's updates until VACUUM has run,
 *       so a burst of conversations written one after the other filled pages to about 60 %.
 *       Measured on 300 conversations of ten messages: 3,000 updates, 2,700 HOT at 80 and 2,671 at
 *       100 (one after the other, and thirty at a time interleaved), the table 30 instead of 51–58
 *       pages one after the other, 30 instead of 31 interleaved. Pruning frees a page's dead
 *       versions when it fills, which is what a HOT update needs.
 * </ul>
 */
public final class V13__LeanHistory extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        boolean postgres = Dialect.postgres(context);
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("CREATE TABLE history_by_key ("
                    + " log_key     BIGINT          NOT NULL,"
                    + " position    BIGINT          NOT NULL,"
                    + " occurred_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,"
                    + " type        VARCHAR(64)     NOT NULL,"
                    + " actor_kind  VARCHAR(16)     NOT NULL,"
                    + " actor_id    VARCHAR(64),"
                    + " actor_name  VARCHAR(100),"
                    + " cause       VARCHAR(200),"
                    + " details     VARCHAR(1000000) NOT NULL)");
            sql.execute("INSERT INTO history_by_key"
                    + " SELECT c.log_key, h.position, h.occurred_at, h.type, h.actor_kind, h.actor_id, h.actor_name,"
                    + " h.cause, h.details"
                    + " FROM conversation_history h JOIN conversations c ON c.id = h.conversation_id"
                    + " ORDER BY c.log_key, h.position");
            sql.execute("DROP TABLE conversation_history");
            sql.execute("ALTER TABLE history_by_key RENAME TO conversation_history");
            sql.execute("ALTER TABLE conversation_history ADD CONSTRAINT conversation_history_pk"
                    + " PRIMARY KEY (log_key, position)");

            sql.execute("DROP INDEX conversations_reply_awaited");
            sql.execute("ALTER TABLE messages DROP CONSTRAINT messages_conversation");
            sql.execute("ALTER TABLE conversations DROP CONSTRAINT conversations_log_key");

            if (postgres) {
                sql.execute("ALTER TABLE conversations RESET (fillfactor)");
                sql.execute("DROP INDEX conversations_closed_started");
                sql.execute("CREATE INDEX conversations_closed_started ON conversations (started_at)"
                        + " WHERE closed = false");
                sql.execute("DROP INDEX conversations_retention");
                sql.execute("CREATE INDEX conversations_retention ON conversations (closed_ms)"
                        + " WHERE text_erased_at IS NULL AND closed_ms IS NOT NULL");
                sql.execute("DROP INDEX participants_ongoing");
                sql.execute("CREATE INDEX participants_ongoing ON conversation_participants (user_id, channel_id)"
                        + " WHERE ongoing");
            }
        }
    }
}
