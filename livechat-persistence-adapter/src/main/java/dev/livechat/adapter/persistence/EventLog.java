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
import java.sql.PreparedStatement;
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

    /**
     * Appends the messages the events carry (under the conversation's {@code logKey}), then the
     * events at the given positions of the stream (taken from its sequence, at least one per event).
     * Plain JDBC: these are the rows of every message post ({@link Jdbc}).
     */
    static List<EventRecord> append(Unit unit, long logKey, List<ConversationEvent> events, List<Long> positions) {
        for (ConversationEvent event : events)
            if (event instanceof MessagePosted posted) insertMessage(unit, logKey, posted.message());
        if (events.isEmpty()) return List.of();
        List<EventRecord> records = new ArrayList<>(events.size());
        for (ConversationEvent event : events) {
            EventRecord record = EventRecord.of(event).at(positions.get(records.size()));
            insertEvent(unit, record);
            // the history outlives the event log's resume window: its line is written now, with the event
            HistoryLog.appendLineOf(unit.session(), logKey, record);
            records.add(record);
        }
        return List.copyOf(records);
    }

    private static void insertMessage(Unit unit, long logKey, Message m) {
        unit.jdbc(c -> {
            try (PreparedStatement insert = c.prepareStatement(INSERT_MESSAGE)) {
                insert.setLong(1, logKey);
                insert.setLong(2, m.seq());
                Jdbc.time(insert, 3, Times.stored(m.sentAt()));
                insert.setString(4, m.authorKind().name());
                Jdbc.text(insert, 5, m.authorId().map(UserId::value).orElse(null));
                insert.setString(6, m.authorName());
                insert.setString(7, m.body().value());
                return insert.executeUpdate();
            }
        });
    }

    private static void insertEvent(Unit unit, EventRecord record) {
        unit.jdbc(c -> {
            try (PreparedStatement insert = c.prepareStatement(INSERT_EVENT)) {
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
                return insert.executeUpdate();
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

    static List<EventRecord> after(StatelessSession session, long afterPosition, int limit) {
        if (limit <= 0) return List.of();
        return session
                .createSelectionQuery(
                        "select e, m from EventEntity e"
                                + " left join ConversationEntity c on c.id = e.conversationId and e.messageSeq is not null"
                                + " left join MessageEntity m on m.logKey = c.logKey and m.seq = e.messageSeq"
                                + " where e.position > :after order by e.position",
                        Object[].class)
                .setParameter("after", afterPosition)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(r -> record((EventEntity) r[0], (MessageEntity) r[1]))
                .toList();
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

    private static EventRecord record(EventEntity row, MessageEntity message) {
        ConversationId conversation = ConversationId.of(row.conversationId);
        ChannelId channel = ChannelId.of(row.channelId);
        Map<String, Object> data = EventRecord.restoredData(
                conversation,
                channel,
                row.seq,
                row.occurredAt,
                Json.map(row.data),
                Optional.ofNullable(message).map(m -> message(conversation, m)));
        return new EventRecord(
                row.position,
                EventType.ofWireName(row.type),
                conversation,
                channel,
                row.seq,
                row.occurredAt,
                row.visibleToVisitor,
                data);
    }
}
