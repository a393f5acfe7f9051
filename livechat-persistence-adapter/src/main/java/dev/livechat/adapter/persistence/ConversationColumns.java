package dev.livechat.adapter.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A conversation's two rows by plain JDBC: {@code conversations} and its moving counters in
 * {@code conversation_activity}, loaded together in one statement; and the UPDATEs that set only the
 * columns whose value changed, guarded by the version. A message post changes a handful of counters
 * and times, all in the narrow row: writing the wide one would rewrite the history, the assignment
 * trace and the chatbot answers with every message (and on H2 the page of rows around it).
 */
final class ConversationColumns {
    /** A column by its SQL name, its {@link Types JDBC type}, and its value in a row read and set. */
    private record Column(
            String sql,
            int type,
            Function<ConversationEntity, Object> value,
            BiConsumer<ConversationEntity, Object> set) {}

    /** The column of a field: its name in snake case, as Hibernate's naming strategy makes it. */
    private static Column column(
            String field,
            int type,
            Function<ConversationEntity, Object> value,
            BiConsumer<ConversationEntity, Object> set) {
        return new Column(field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT), type, value, set);
    }

    /** The columns of {@code conversations} a save may change. */
    private static final List<Column> ROW = List.of(
            column("channelId", Types.VARCHAR, e -> e.channelId, (e, v) -> e.channelId = (String) v),
            column("visitorName", Types.VARCHAR, e -> e.visitorName, (e, v) -> e.visitorName = (String) v),
            column("visitorEmail", Types.VARCHAR, e -> e.visitorEmail, (e, v) -> e.visitorEmail = (String) v),
            column("visitorTimeZone", Types.VARCHAR, e -> e.visitorTimeZone, (e, v) -> e.visitorTimeZone = (String) v),
            column("contactId", Types.VARCHAR, e -> e.contactId, (e, v) -> e.contactId = (String) v),
            column("visitorKey", Types.VARCHAR, e -> e.visitorKey, (e, v) -> e.visitorKey = (String) v),
            column("visitorLanguage", Types.VARCHAR, e -> e.visitorLanguage, (e, v) -> e.visitorLanguage = (String) v),
            column("visitorCountry", Types.VARCHAR, e -> e.visitorCountry, (e, v) -> e.visitorCountry = (String) v),
            column("chatbotAnswers", Types.VARCHAR, e -> e.chatbotAnswers, (e, v) -> e.chatbotAnswers = (String) v),
            column("expertise", Types.VARCHAR, e -> e.expertise, (e, v) -> e.expertise = (String) v),
            column("tags", Types.VARCHAR, e -> e.tags, (e, v) -> e.tags = (String) v),
            column("noteText", Types.VARCHAR, e -> e.noteText, (e, v) -> e.noteText = (String) v),
            column("noteEditedBy", Types.VARCHAR, e -> e.noteEditedBy, (e, v) -> e.noteEditedBy = (String) v),
            column("noteEditorName", Types.VARCHAR, e -> e.noteEditorName, (e, v) -> e.noteEditorName = (String) v),
            column(
                    "noteEditedAt",
                    Types.TIMESTAMP_WITH_TIMEZONE,
                    e -> e.noteEditedAt,
                    (e, v) -> e.noteEditedAt = (Instant) v),
            column("startedAt", Types.TIMESTAMP_WITH_TIMEZONE, e -> e.startedAt, (e, v) -> e.startedAt = (Instant) v),
            column("status", Types.VARCHAR, e -> e.status, (e, v) -> e.status = (String) v),
            column(
                    "statusSince",
                    Types.TIMESTAMP_WITH_TIMEZONE,
                    e -> e.statusSince,
                    (e, v) -> e.statusSince = (Instant) v),
            column(
                    "helpRequestedAt",
                    Types.TIMESTAMP_WITH_TIMEZONE,
                    e -> e.helpRequestedAt,
                    (e, v) -> e.helpRequestedAt = (Instant) v),
            column("closed", Types.BOOLEAN, e -> e.closed, (e, v) -> e.closed = (Boolean) v),
            column("closedAt", Types.TIMESTAMP_WITH_TIMEZONE, e -> e.closedAt, (e, v) -> e.closedAt = (Instant) v),
            column("outcome", Types.VARCHAR, e -> e.outcome, (e, v) -> e.outcome = (String) v),
            column("closeCause", Types.VARCHAR, e -> e.closeCause, (e, v) -> e.closeCause = (String) v),
            column("participants", Types.VARCHAR, e -> e.participants, (e, v) -> e.participants = (String) v),
            column(
                    "assignedOperatorId",
                    Types.VARCHAR,
                    e -> e.assignedOperatorId,
                    (e, v) -> e.assignedOperatorId = (String) v),
            column("assignmentRule", Types.VARCHAR, e -> e.assignmentRule, (e, v) -> e.assignmentRule = (String) v),
            column("assignmentTrace", Types.VARCHAR, e -> e.assignmentTrace, (e, v) -> e.assignmentTrace = (String) v),
            column("history", Types.VARCHAR, e -> e.history, (e, v) -> e.history = (String) v),
            column("startedMs", Types.BIGINT, e -> e.startedMs, (e, v) -> e.startedMs = (Long) v),
            column("closedMs", Types.BIGINT, e -> e.closedMs, (e, v) -> e.closedMs = (Long) v),
            column("startedDay", Types.VARCHAR, e -> e.startedDay, (e, v) -> e.startedDay = (String) v),
            column("ratingScore", Types.INTEGER, e -> e.ratingScore, (e, v) -> e.ratingScore = (Integer) v),
            column("ratingComment", Types.VARCHAR, e -> e.ratingComment, (e, v) -> e.ratingComment = (String) v),
            column("ratedAt", Types.TIMESTAMP_WITH_TIMEZONE, e -> e.ratedAt, (e, v) -> e.ratedAt = (Instant) v));

    /** The columns of {@code conversation_activity} a save may change (its version aside). */
    private static final List<Column> ACTIVITY = List.of(
            column("lastSeq", Types.BIGINT, e -> e.lastSeq, (e, v) -> e.lastSeq = (Long) v),
            column("visitorMessages", Types.INTEGER, e -> e.visitorMessages, (e, v) -> e.visitorMessages = (Integer) v),
            column(
                    "visitorMessagesWithOperator",
                    Types.INTEGER,
                    e -> e.visitorMessagesWithOperator,
                    (e, v) -> e.visitorMessagesWithOperator = (Integer) v),
            column(
                    "operatorMessages",
                    Types.INTEGER,
                    e -> e.operatorMessages,
                    (e, v) -> e.operatorMessages = (Integer) v),
            column(
                    "lastMessageAt",
                    Types.TIMESTAMP_WITH_TIMEZONE,
                    e -> e.lastMessageAt,
                    (e, v) -> e.lastMessageAt = (Instant) v),
            column(
                    "firstOperatorReplyAt",
                    Types.TIMESTAMP_WITH_TIMEZONE,
                    e -> e.firstOperatorReplyAt,
                    (e, v) -> e.firstOperatorReplyAt = (Instant) v),
            column("visitorSeenSeq", Types.BIGINT, e -> e.visitorSeenSeq, (e, v) -> e.visitorSeenSeq = (Long) v),
            column("operatorSeenSeq", Types.BIGINT, e -> e.operatorSeenSeq, (e, v) -> e.operatorSeenSeq = (Long) v),
            column(
                    "lastActivityAt",
                    Types.TIMESTAMP_WITH_TIMEZONE,
                    e -> e.lastActivityAt,
                    (e, v) -> e.lastActivityAt = (Instant) v),
            column("lastEventSeq", Types.BIGINT, e -> e.lastEventSeq, (e, v) -> e.lastEventSeq = (Long) v),
            column("firstReplyMs", Types.BIGINT, e -> e.firstReplyMs, (e, v) -> e.firstReplyMs = (Long) v),
            column(
                    "replyAwaitedSince",
                    Types.TIMESTAMP_WITH_TIMEZONE,
                    e -> e.replyAwaitedSince,
                    (e, v) -> e.replyAwaitedSince = (Instant) v),
            column("replyAnswered", Types.BOOLEAN, e -> e.replyAnswered, (e, v) -> e.replyAnswered = (Boolean) v));

    private ConversationColumns() {}

    private static final String SELECT = Stream.concat(
                    ROW.stream().map(column -> "c." + column.sql()),
                    ACTIVITY.stream().map(column -> "a." + column.sql()))
            .collect(Collectors.joining(
                    ", ",
                    "select c.id, c.log_key, a.version, ",
                    " from conversations c join conversation_activity a on a.conversation_id = c.id where c.id = ?"));

    private static final String INSERT_ACTIVITY = ACTIVITY.stream()
            .map(Column::sql)
            .collect(Collectors.joining(
                    ", ",
                    "insert into conversation_activity (conversation_id, version, ",
                    ") values (?, ?" + ", ?".repeat(ACTIVITY.size()) + ")"));

    /** The activity row of a new conversation, its version included (the wide row is Hibernate's insert). */
    static void insertActivity(Unit unit, ConversationEntity row) {
        unit.jdbc(c -> {
            try (PreparedStatement insert = c.prepareStatement(INSERT_ACTIVITY)) {
                insert.setString(1, row.id);
                insert.setLong(2, row.version);
                bind(insert, 3, ACTIVITY, row);
                return insert.executeUpdate();
            }
        });
    }

    /**
     * The conversation's two rows by plain JDBC, as one (Hibernate's entity load cost a post more than
     * H2's reading the row), or null; {@code FOR UPDATE} when asked, which H2 parses anew on every
     * call (it never caches it).
     */
    static ConversationEntity load(Unit unit, String id, boolean forUpdate) {
        return unit.jdbc(c -> {
            try (PreparedStatement select = c.prepareStatement(forUpdate ? SELECT + lock(unit) : SELECT)) {
                select.setString(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) return null;
                    ConversationEntity row = new ConversationEntity();
                    row.id = rows.getString(1);
                    row.logKey = rows.getLong(2);
                    row.version = rows.getLong(3);
                    int i = 4;
                    for (Column column : ROW) column.set().accept(row, read(rows, i++, column.type()));
                    for (Column column : ACTIVITY) column.set().accept(row, read(rows, i++, column.type()));
                    return row;
                }
            }
        });
    }

    /**
     * On PostgreSQL the activity row's lock alone: every writer of the conversation takes it first
     * (a save here, an erasure in {@link ConversationVersions}), so two writers never hold one row
     * each and wait for the other's. H2 knows no {@code OF}; its {@code FOR UPDATE} locks both rows.
     */
    private static String lock(Unit unit) {
        return unit.postgres() ? " for update of a" : " for update";
    }

    private static Object read(ResultSet rows, int i, int type) throws SQLException {
        Object value = switch (type) {
            case Types.VARCHAR -> rows.getString(i);
            case Types.TIMESTAMP_WITH_TIMEZONE -> Jdbc.instant(rows, i);
            case Types.BOOLEAN -> rows.getBoolean(i);
            case Types.BIGINT -> rows.getLong(i);
            case Types.INTEGER -> rows.getInt(i);
            default -> throw new IllegalStateException("no reader for JDBC type " + type);
        };
        return rows.wasNull() ? null : value;
    }

    /**
     * Writes what differs between the stored rows and the new ones; answers the rows updated (1, or 0
     * if the version moved). The activity row is written first and always: it holds the version,
     * which every save checks and moves, so a second writer of the conversation, of this instance or
     * another, waits for its row lock there or finds the version moved.
     */
    static int update(Unit unit, ConversationEntity stored, ConversationEntity row) {
        List<Column> activity = changed(ACTIVITY, stored, row);
        StringBuilder guarded = new StringBuilder("update conversation_activity set version = ?");
        for (Column column : activity) guarded.append(", ").append(column.sql()).append(" = ?");
        guarded.append(" where conversation_id = ? and version = ?");
        int updated = unit.jdbc(c -> {
            try (PreparedStatement update = c.prepareStatement(guarded.toString())) {
                int i = 1;
                update.setLong(i++, stored.version + 1);
                i = bind(update, i, activity, row);
                update.setString(i++, stored.id);
                update.setLong(i, stored.version);
                return update.executeUpdate();
            }
        });
        List<Column> columns = changed(ROW, stored, row);
        if (updated != 1 || columns.isEmpty()) return updated;
        String sql = columns.stream()
                .map(column -> column.sql() + " = ?")
                .collect(Collectors.joining(", ", "update conversations set ", " where id = ?"));
        return unit.jdbc(c -> {
            try (PreparedStatement update = c.prepareStatement(sql)) {
                update.setString(bind(update, 1, columns, row), stored.id);
                return update.executeUpdate();
            }
        });
    }

    private static List<Column> changed(List<Column> columns, ConversationEntity stored, ConversationEntity row) {
        List<Column> changed = new ArrayList<>();
        for (Column column : columns)
            if (!Objects.equals(column.value().apply(stored), column.value().apply(row))) changed.add(column);
        return changed;
    }

    /** Binds the columns' values from {@code i} on; answers the next parameter's index. */
    private static int bind(PreparedStatement statement, int i, List<Column> columns, ConversationEntity row)
            throws SQLException {
        for (Column column : columns) Jdbc.bind(statement, i++, column.value().apply(row), column.type());
        return i;
    }
}
