package dev.livechat.adapter.persistence.migration;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The counters and times that every message, receipt and reply moves, in a narrow row of their own
 * (docs/durability.md, "The conversation's moving counters in a row of their own").
 *
 * <p>A message post changed a handful of a conversation's columns, but both databases write rows
 * whole: H2 rewrites the page of up to 48 rows the row is in (~1 KB each: names, JSON, the
 * assignment trace), PostgreSQL writes a new version of the whole row. A post now updates only
 * {@code conversation_activity}; the version every save checks and moves lives there, so a write that
 * changes the conversation's row too still takes this one.
 *
 * <p>Java for the one step the two databases spell differently: the columns leave
 * {@code conversations} in one statement, so H2 copies the table once rather than once a column.
 */
public final class V15__ConversationActivity extends BaseJavaMigration {
    static final List<String> MOVED = List.of(
            "last_seq",
            "visitor_messages",
            "visitor_messages_with_operator",
            "operator_messages",
            "last_message_at",
            "first_operator_reply_at",
            "first_reply_ms",
            "visitor_seen_seq",
            "operator_seen_seq",
            "last_activity_at",
            "last_event_seq",
            "reply_awaited_since",
            "reply_answered",
            "version");

    @Override
    public void migrate(Context context) throws SQLException {
        boolean postgres = Dialect.postgres(context);
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("CREATE TABLE conversation_activity ( "
                    + "    conversation_id                VARCHAR(64)       NOT NULL, "
                    + "    last_seq                       BIGINT            NOT NULL, "
                    + "    visitor_messages               INTEGER           NOT NULL, "
                    + "    visitor_messages_with_operator INTEGER           NOT NULL, "
                    + "    operator_messages              INTEGER           NOT NULL, "
                    + "    last_message_at                TIMESTAMP(6) WITH TIME ZONE, "
                    + "    first_operator_reply_at        TIMESTAMP(6) WITH TIME ZONE, "
                    + "    first_reply_ms                 BIGINT, "
                    + "    visitor_seen_seq               BIGINT            NOT NULL, "
                    + "    operator_seen_seq              BIGINT            NOT NULL, "
                    + "    last_activity_at               TIMESTAMP(6) WITH TIME ZONE NOT NULL, "
                    + "    last_event_seq                 BIGINT            NOT NULL, "
                    + "    reply_awaited_since            TIMESTAMP(6) WITH TIME ZONE, "
                    + "    reply_answered                 BOOLEAN           NOT NULL, "
                    + "    version                        BIGINT            NOT NULL, "
                    + "    CONSTRAINT conversation_activity_pk PRIMARY KEY (conversation_id) "
                    + ")");
            String moved = String.join(", ", MOVED);
            sql.execute("INSERT INTO conversation_activity (conversation_id, " + moved + ")" + " SELECT id, " + moved
                    + " FROM conversations");
            sql.execute(
                    postgres
                            ? MOVED.stream()
                                    .map(column -> "DROP COLUMN " + column)
                                    .collect(Collectors.joining(", ", "ALTER TABLE conversations ", ""))
                            : "ALTER TABLE conversations DROP COLUMN (" + moved + ")");
        }
    }
}
