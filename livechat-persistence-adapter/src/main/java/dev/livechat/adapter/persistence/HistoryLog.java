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
    static void appendLineOf(StatelessSession session, EventRecord record) {
        HistoryLines.of(record)
                .ifPresent(line -> session.insert(row(record.position(), record.conversationId(), line)));
    }

    static void insert(StatelessSession session, long position, ConversationId conversation, HistoryEntry line) {
        session.insert(row(position, conversation, line));
    }

    static List<HistoryEntry> of(StatelessSession session, ConversationId conversation) {
        return session
                .createSelectionQuery(
                        "from HistoryEntity h where h.conversationId = :id order by h.position", HistoryEntity.class)
                .setParameter("id", conversation.value())
                .getResultList()
                .stream()
                .map(HistoryLog::entry)
                .toList();
    }

    private static HistoryEntity row(long position, ConversationId conversation, HistoryEntry line) {
        HistoryEntity row = new HistoryEntity();
        row.position = position;
        row.conversationId = conversation.value();
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
