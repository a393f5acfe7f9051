package dev.livechat.adapter.persistence;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The UPDATE of a conversation row that sets only the columns whose value changed, guarded by the
 * version. A message post changes a handful of counters and times; writing the whole row would
 * rewrite the history, the assignment trace and the chatbot answers with every message.
 */
final class ConversationColumns {
    /** A column by its SQL name, its {@link Types JDBC type} and its value in a row. */
    private record Column(String sql, int type, Function<ConversationEntity, Object> value) {}

    /** The column of a field: its name in snake case, as Hibernate's naming strategy makes it. */
    private static Column column(String field, int type, Function<ConversationEntity, Object> value) {
        return new Column(field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT), type, value);
    }

    private static final List<Column> MUTABLE = List.of(
            column("channelId", Types.VARCHAR, e -> e.channelId),
            column("visitorName", Types.VARCHAR, e -> e.visitorName),
            column("visitorEmail", Types.VARCHAR, e -> e.visitorEmail),
            column("visitorTimeZone", Types.VARCHAR, e -> e.visitorTimeZone),
            column("contactId", Types.VARCHAR, e -> e.contactId),
            column("visitorKey", Types.VARCHAR, e -> e.visitorKey),
            column("visitorLanguage", Types.VARCHAR, e -> e.visitorLanguage),
            column("visitorCountry", Types.VARCHAR, e -> e.visitorCountry),
            column("chatbotAnswers", Types.VARCHAR, e -> e.chatbotAnswers),
            column("expertise", Types.VARCHAR, e -> e.expertise),
            column("tags", Types.VARCHAR, e -> e.tags),
            column("noteText", Types.VARCHAR, e -> e.noteText),
            column("noteEditedBy", Types.VARCHAR, e -> e.noteEditedBy),
            column("noteEditorName", Types.VARCHAR, e -> e.noteEditorName),
            column("noteEditedAt", Types.TIMESTAMP_WITH_TIMEZONE, e -> e.noteEditedAt),
            column("startedAt", Types.TIMESTAMP_WITH_TIMEZONE, e -> e.startedAt),
            column("status", Types.VARCHAR, e -> e.status),
            column("statusSince", Types.TIMESTAMP_WITH_TIMEZONE, e -> e.statusSince),
            column("helpRequestedAt", Types.TIMESTAMP_WITH_TIMEZONE, e -> e.helpRequestedAt),
            column("closed", Types.BOOLEAN, e -> e.closed),
            column("closedAt", Types.TIMESTAMP_WITH_TIMEZONE, e -> e.closedAt),
            column("outcome", Types.VARCHAR, e -> e.outcome),
            column("closeCause", Types.VARCHAR, e -> e.closeCause),
            column("participants", Types.VARCHAR, e -> e.participants),
            column("assignedOperatorId", Types.VARCHAR, e -> e.assignedOperatorId),
            column("assignmentRule", Types.VARCHAR, e -> e.assignmentRule),
            column("assignmentTrace", Types.VARCHAR, e -> e.assignmentTrace),
            column("lastSeq", Types.BIGINT, e -> e.lastSeq),
            column("visitorMessages", Types.INTEGER, e -> e.visitorMessages),
            column("visitorMessagesWithOperator", Types.INTEGER, e -> e.visitorMessagesWithOperator),
            column("operatorMessages", Types.INTEGER, e -> e.operatorMessages),
            column("lastMessageAt", Types.TIMESTAMP_WITH_TIMEZONE, e -> e.lastMessageAt),
            column("firstOperatorReplyAt", Types.TIMESTAMP_WITH_TIMEZONE, e -> e.firstOperatorReplyAt),
            column("visitorSeenSeq", Types.BIGINT, e -> e.visitorSeenSeq),
            column("operatorSeenSeq", Types.BIGINT, e -> e.operatorSeenSeq),
            column("lastActivityAt", Types.TIMESTAMP_WITH_TIMEZONE, e -> e.lastActivityAt),
            column("history", Types.VARCHAR, e -> e.history),
            column("lastEventSeq", Types.BIGINT, e -> e.lastEventSeq),
            column("startedMs", Types.BIGINT, e -> e.startedMs),
            column("closedMs", Types.BIGINT, e -> e.closedMs),
            column("firstReplyMs", Types.BIGINT, e -> e.firstReplyMs),
            column("startedDay", Types.VARCHAR, e -> e.startedDay),
            column("replyAwaitedSince", Types.TIMESTAMP_WITH_TIMEZONE, e -> e.replyAwaitedSince),
            column("replyAnswered", Types.BOOLEAN, e -> e.replyAnswered),
            column("ratingScore", Types.INTEGER, e -> e.ratingScore),
            column("ratingComment", Types.VARCHAR, e -> e.ratingComment),
            column("ratedAt", Types.TIMESTAMP_WITH_TIMEZONE, e -> e.ratedAt));

    private ConversationColumns() {}

    /** Writes what differs between the stored row and the new one; answers the rows updated (1, or 0 if the version moved). */
    static int update(Unit unit, ConversationEntity stored, ConversationEntity row) {
        List<Column> changed = new ArrayList<>();
        for (Column column : MUTABLE)
            if (!Objects.equals(column.value().apply(stored), column.value().apply(row))) changed.add(column);
        StringBuilder sql = new StringBuilder("update conversations set version = ?");
        for (Column column : changed) sql.append(", ").append(column.sql()).append(" = ?");
        sql.append(" where id = ? and version = ?");
        return unit.jdbc(c -> {
            try (PreparedStatement update = c.prepareStatement(sql.toString())) {
                int i = 1;
                update.setLong(i++, stored.version + 1);
                for (Column column : changed)
                    Jdbc.bind(update, i++, column.value().apply(row), column.type());
                update.setString(i++, stored.id);
                update.setLong(i, stored.version);
                return update.executeUpdate();
            }
        });
    }
}
