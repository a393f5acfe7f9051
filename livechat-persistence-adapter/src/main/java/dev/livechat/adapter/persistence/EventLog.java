package dev.livechat.adapter.persistence;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.conversation.AuthorKind;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.Message;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.event.ConversationEvent;
import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.event.EventType;
import dev.livechat.domain.event.MessagePosted;
import dev.livechat.domain.operator.UserId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.StatelessSession;

/** The append-only logs a save writes to: the messages and the event stream (the outbox). */
final class EventLog {
    private EventLog() {}

    private static final String INSERT_MESSAGE = "insert into messages"
            + " (log_key, seq, sent_at, author_kind, author_id, author_name, body) values (?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_EVENT = "insert into events (position, conversation_id, channel_id, seq,"
            + " type, visible_to_visitor, occurred_at, data, message_seq) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String EVENTS_AFTER = "select e.position, e.conversation_id, e.channel_id, e.seq, e.type,"
            + " e.visible_to_visitor, e.occurred_at, e.data,"
            + " m.seq, m.sent_at, m.author_kind, m.author_id, m.author_name, m.body from events e"
            + " left join conversations c on c.id = e.conversation_id and e.message_seq is not null"
            + " left join messages m on m.log_key = c.log_key and m.seq = e.message_seq"
            + " where e.position > ? and e.position <= (select max(x.position) from events x)"
            + " order by e.position limit ?";

    /**
     * Appends the messages the events carry (under the conversation's {@code logKey}), then the
     * events at the given positions of the stream (taken from its sequence, at least one per event).
     * Plain JDBC: these are the rows of every message post ({@link Jdbc}). Each table's rows go in
     * one batch: the writes a unit took together for one conversation (a few dozen posts at 64
     * connections) reach PostgreSQL in one round trip a table instead of one a row.
     */
    static List<EventRecord> append(Unit unit, long logKey, List<ConversationEvent> events, List<Long> positions) {
        List<Message> messages = new ArrayList<>();
        for (ConversationEvent event : events)
            if (event instanceof MessagePosted posted) messages.add(posted.message());
        if (!messages.isEmpty()) insertMessages(unit, logKey, messages);
        if (events.isEmpty()) return List.of();
        List<EventRecord> records = new ArrayList<>(events.size());
        for (ConversationEvent event : events) records.add(EventRecord.of(event).at(positions.get(records.size())));
        insertEvents(unit, records);
        // the history outlives the event log's resume window: its lines are written now, with the events
        for (EventRecord record : records) HistoryLog.appendLineOf(unit.session(), logKey, record);
        return List.copyOf(records);
    }

    private static void insertMessages(Unit unit, long logKey, List<Message> messages) {
        unit.jdbc(c -> {
            try (PreparedStatement insert = c.prepareStatement(INSERT_MESSAGE)) {
                for (Message m : messages) {
                    insert.setLong(1, logKey);
                    insert.setLong(2, m.seq());
                    Jdbc.time(insert, 3, Times.stored(m.sentAt()));
                    insert.setString(4, m.authorKind().name());
                    Jdbc.text(insert, 5, m.authorId().map(UserId::value).orElse(null));
                    insert.setString(6, m.authorName());
                    insert.setString(7, m.body().value());
                    insert.addBatch();
                }
                return insert.executeBatch();
            }
        });
    }

    private static void insertEvents(Unit unit, List<EventRecord> records) {
        unit.jdbc(c -> {
            try (PreparedStatement insert = c.prepareStatement(INSERT_EVENT)) {
                for (EventRecord record : records) {
                    insert.setLong(1, record.position());
                    insert.setString(2, record.conversationId().value());
                    insert.setString(3, record.channel().value());
                    insert.setLong(4, record.seq());
                    insert.setString(5, record.type().wireName());
                    insert.setBoolean(6, record.visibleToVisitor());
                    Jdbc.time(insert, 7, Times.stored(record.at()));
                    // The header's facts are columns and a posted message is a row of its own: stored once.
                    insert.setString(8, Json.write(record.details()));
                    if (record.postedMessageSeq().isPresent())
                        insert.setLong(9, record.postedMessageSeq().getAsLong());
                    else insert.setNull(9, Types.BIGINT);
                    insert.addBatch();
                }
                return insert.executeBatch();
            }
        });
    }

    static List<Message> messagesAfter(
            StatelessSession session, ConversationId conversation, long afterSeq, int limit) {
        if (limit <= 0) return List.of();
        return session
                .createSelectionQuery(
                        "select m from MessageEntity m join ConversationEntity c on c.logKey = m.logKey"
                                + " where c.id = :id and m.seq > :after order by m.seq",
                        MessageEntity.class)
                .setParameter("id", conversation.value())
                .setParameter("after", afterSeq)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(m -> message(conversation, m))
                .toList();
    }

    /**
     * The events after the position, with the messages they carry, oldest first: what every event
     * stream of the instance is fed from, read again after each commit. Plain JDBC: Hibernate's
     * entity reads were a tenth of a message post's CPU (the event hub's read after its commit).
     *
     * <p>The upper bound (the newest position, an index lookup) changes nothing in the answer; it is
     * there for PostgreSQL's planner. With a lower bound alone, a table without statistics yet (a new
     * database's first minute of traffic) or a generic plan (a statement the driver prepared) gets the
     * planner's guess that a third of the log is read: it scanned the whole events and messages tables
     * on every read, 10–20 ms at 30,000 events and growing, and a busy service's hub fell further
     * behind with each read. A range with two bounds is guessed narrow: the key index, then a lookup
     * of each message.
     */
    static List<EventRecord> after(Connection c, long afterPosition, int limit) throws SQLException {
        if (limit <= 0) return List.of();
        try (PreparedStatement select = c.prepareStatement(EVENTS_AFTER)) {
            select.setLong(1, afterPosition);
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
                List<EventRecord> records = new ArrayList<>();
                while (rows.next()) records.add(record(rows));
                return records;
            }
        }
    }

    /** Forgets the events older than the resume window, a bounded batch at a time; answers how many. */
    static int forgetBefore(StatelessSession session, Instant cutoff, int max) {
        List<Long> old = session.createSelectionQuery(
                        "select e.position from EventEntity e where e.occurredAt < :cutoff order by e.position",
                        Long.class)
                .setParameter("cutoff", cutoff)
                .setMaxResults(max)
                .getResultList();
        if (old.isEmpty()) return 0;
        return session.createMutationQuery("delete from EventEntity e where e.position in :old")
                .setParameter("old", old)
                .executeUpdate();
    }

    static long lastPosition(StatelessSession session) {
        return session.createSelectionQuery("select coalesce(max(e.position), 0) from EventEntity e", Long.class)
                .getSingleResult();
    }

    private static Message message(ConversationId conversation, MessageEntity row) {
        return new Message(
                conversation,
                row.seq,
                AuthorKind.valueOf(row.authorKind),
                Optional.ofNullable(row.authorId).map(UserId::of),
                row.authorName,
                MessageBody.of(row.body),
                row.sentAt);
    }

    /** A row of {@link #EVENTS_AFTER}; a message erased since (or never joined) is absent. */
    private static EventRecord record(ResultSet row) throws SQLException {
        ConversationId conversation = ConversationId.of(row.getString(2));
        ChannelId channel = ChannelId.of(row.getString(3));
        long seq = row.getLong(4);
        Instant at = Jdbc.instant(row, 7);
        long messageSeq = row.getLong(9);
        Optional<Message> message = row.wasNull()
                ? Optional.empty()
                : Optional.of(new Message(
                        conversation,
                        messageSeq,
                        AuthorKind.valueOf(row.getString(11)),
                        Optional.ofNullable(row.getString(12)).map(UserId::of),
                        row.getString(13),
                        MessageBody.of(row.getString(14)),
                        Jdbc.instant(row, 10)));
        Map<String, Object> data =
                EventRecord.restoredData(conversation, channel, seq, at, Json.map(row.getString(8)), message);
        return new EventRecord(
                row.getLong(1),
                EventType.ofWireName(row.getString(5)),
                conversation,
                channel,
                seq,
                at,
                row.getBoolean(6),
                data);
    }
}
