package dev.livechat.adapter.persistence;

import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.history.HistoryEntry;
import dev.livechat.domain.history.HistoryLines;
import dev.livechat.domain.operator.UserId;
import java.util.List;
import java.util.Optional;
import org.hibernate.StatelessSession;

/** The history table: lines written beside the events of a save, read back oldest first. */
final class HistoryLog {
    private HistoryLog() {}

    /** The line of a just-stored event, if it makes one, under the event's own position. */
    static void appendLineOf(StatelessSession session, long logKey, EventRecord record) {
        HistoryLines.of(record).ifPresent(line -> session.insert(row(record.position(), logKey, line)));
    }

    /** A line of no event; nothing if the conversation is not stored (it has no history to add to). */
    static void insert(StatelessSession session, long position, ConversationId conversation, HistoryEntry line) {
        session.createSelectionQuery("select c.logKey from ConversationEntity c where c.id = :id", Long.class)
                .setParameter("id", conversation.value())
                .uniqueResultOptional()
                .ifPresent(logKey -> session.insert(row(position, logKey, line)));
    }

    static List<HistoryEntry> of(StatelessSession session, ConversationId conversation) {
        return session
                .createSelectionQuery(
                        "select h from HistoryEntity h join ConversationEntity c on c.logKey = h.logKey"
                                + " where c.id = :id order by h.position",
                        HistoryEntity.class)
                .setParameter("id", conversation.value())
                .getResultList()
                .stream()
                .map(HistoryLog::entry)
                .toList();
    }

    private static HistoryEntity row(long position, long logKey, HistoryEntry line) {
        HistoryEntity row = new HistoryEntity();
        row.position = position;
        row.logKey = logKey;
        row.occurredAt = Times.stored(line.at());
        row.type = line.type();
        row.actorKind = line.actorKind().name();
        row.actorId = line.actorId().map(UserId::value).orElse(null);
        row.actorName = line.actorName().orElse(null);
        row.cause = line.cause().orElse(null);
        row.details = Json.write(line.details());
        return row;
    }

    private static HistoryEntry entry(HistoryEntity row) {
        return new HistoryEntry(
                row.occurredAt,
                row.type,
                Actor.Kind.valueOf(row.actorKind),
                Optional.ofNullable(row.actorId).map(UserId::of),
                Optional.ofNullable(row.actorName),
                Optional.ofNullable(row.cause),
                Json.map(row.details));
    }
}
