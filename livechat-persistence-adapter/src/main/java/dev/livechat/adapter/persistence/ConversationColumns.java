package dev.livechat.adapter.persistence;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.hibernate.StatelessSession;
import org.hibernate.query.MutationQuery;

/**
 * The UPDATE of a conversation row that sets only the columns whose value changed, guarded by the
 * version. A message post changes a handful of counters and times; writing the whole row would
 * rewrite the history, the assignment trace and the chatbot answers with every message.
 */
final class ConversationColumns {
    private record Column(String name, Function<ConversationEntity, Object> value) {}

    private static final List<Column> MUTABLE = List.of(
            new Column("channelId", e -> e.channelId),
            new Column("visitorName", e -> e.visitorName),
            new Column("visitorEmail", e -> e.visitorEmail),
            new Column("visitorTimeZone", e -> e.visitorTimeZone),
            new Column("contactId", e -> e.contactId),
            new Column("visitorKey", e -> e.visitorKey),
            new Column("visitorLanguage", e -> e.visitorLanguage),
            new Column("visitorCountry", e -> e.visitorCountry),
            new Column("chatbotAnswers", e -> e.chatbotAnswers),
            new Column("expertise", e -> e.expertise),
            new Column("tags", e -> e.tags),
            new Column("noteText", e -> e.noteText),
            new Column("noteEditedBy", e -> e.noteEditedBy),
            new Column("noteEditorName", e -> e.noteEditorName),
            new Column("noteEditedAt", e -> e.noteEditedAt),
            new Column("startedAt", e -> e.startedAt),
            new Column("status", e -> e.status),
            new Column("statusSince", e -> e.statusSince),
            new Column("helpRequestedAt", e -> e.helpRequestedAt),
            new Column("closed", e -> e.closed),
            new Column("closedAt", e -> e.closedAt),
            new Column("outcome", e -> e.outcome),
            new Column("closeCause", e -> e.closeCause),
            new Column("participants", e -> e.participants),
            new Column("assignedOperatorId", e -> e.assignedOperatorId),
            new Column("assignmentRule", e -> e.assignmentRule),
            new Column("assignmentTrace", e -> e.assignmentTrace),
            new Column("lastSeq", e -> e.lastSeq),
            new Column("visitorMessages", e -> e.visitorMessages),
            new Column("visitorMessagesWithOperator", e -> e.visitorMessagesWithOperator),
            new Column("operatorMessages", e -> e.operatorMessages),
            new Column("lastMessageAt", e -> e.lastMessageAt),
            new Column("firstOperatorReplyAt", e -> e.firstOperatorReplyAt),
            new Column("visitorSeenSeq", e -> e.visitorSeenSeq),
            new Column("operatorSeenSeq", e -> e.operatorSeenSeq),
            new Column("lastActivityAt", e -> e.lastActivityAt),
            new Column("history", e -> e.history),
            new Column("lastEventSeq", e -> e.lastEventSeq),
            new Column("startedMs", e -> e.startedMs),
            new Column("closedMs", e -> e.closedMs),
            new Column("firstReplyMs", e -> e.firstReplyMs),
            new Column("startedDay", e -> e.startedDay),
            new Column("replyAwaitedSince", e -> e.replyAwaitedSince),
            new Column("replyAnswered", e -> e.replyAnswered),
            new Column("ratingScore", e -> e.ratingScore),
            new Column("ratingComment", e -> e.ratingComment),
            new Column("ratedAt", e -> e.ratedAt));

    private ConversationColumns() {}

    /** Writes what differs between the stored row and the new one; answers the rows updated (1, or 0 if the version moved). */
    static int update(StatelessSession session, ConversationEntity stored, ConversationEntity row) {
        List<Column> changed = MUTABLE.stream()
                .filter(c -> !Objects.equals(c.value().apply(stored), c.value().apply(row)))
                .toList();
        StringBuilder hql = new StringBuilder("update ConversationEntity c set c.version = :next");
        for (Column column : changed)
            hql.append(", c.").append(column.name()).append(" = :").append(column.name());
        hql.append(" where c.id = :id and c.version = :version");
        MutationQuery update = session.createMutationQuery(hql.toString())
                .setParameter("next", stored.version + 1)
                .setParameter("id", stored.id)
                .setParameter("version", stored.version);
        for (Column column : changed)
            update.setParameter(column.name(), column.value().apply(row));
        return update.executeUpdate();
    }
}
