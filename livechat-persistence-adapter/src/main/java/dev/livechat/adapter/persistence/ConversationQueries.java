package dev.livechat.adapter.persistence;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationStatus;
import dev.livechat.domain.conversation.Outcome;
import dev.livechat.domain.conversation.Visitor;
import dev.livechat.domain.operator.UserId;
import dev.livechat.domain.panel.ConversationFilter;
import dev.livechat.domain.panel.ConversationSummary;
import dev.livechat.domain.panel.OperatorRef;
import dev.livechat.domain.panel.RecentConversation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.StatelessSession;
import org.hibernate.query.SelectionQuery;

/**
 * The read models over conversations, each one statement whatever the data (the summaries' operators
 * and expertise come from the rows' JSON copies). Ties are broken by id, as the in-memory store does.
 */
final class ConversationQueries {
    private ConversationQueries() {}

    static List<ConversationSummary> list(StatelessSession session, ConversationFilter filter) {
        if (filter.onlyChannels().map(Set::isEmpty).orElse(false)) return List.of();
        StringBuilder hql = new StringBuilder("from ConversationEntity c where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        filter.status().ifPresent(s -> where(hql, parameters, " and c.status = :status", "status", s.name()));
        if (filter.withoutHelpQueue())
            where(
                    hql,
                    parameters,
                    " and (c.status is null or c.status <> :helpQueue)",
                    "helpQueue",
                    ConversationStatus.LOOKING_FOR_HELP.name());
        filter.channel().ifPresent(c -> where(hql, parameters, " and c.channelId = :channel", "channel", c.value()));
        filter.onlyChannels()
                .ifPresent(only -> where(
                        hql,
                        parameters,
                        " and c.channelId in (:only)",
                        "only",
                        only.stream().map(ChannelId::value).toList()));
        filter.from()
                .ifPresent(from -> where(hql, parameters, " and c.startedAt >= :from", "from", Times.stored(from)));
        filter.to().ifPresent(to -> where(hql, parameters, " and c.startedAt < :to", "to", Times.stored(to)));
        filter.expertise()
                .ifPresent(x -> where(
                        hql,
                        parameters,
                        " and exists (from ConversationExpertiseEntity x where x.conversationId = c.id and x.nameKey = :x)",
                        "x",
                        x.key()));
        hql.append(
                filter.helpQueue()
                        ? " order by coalesce(c.helpRequestedAt, c.statusSince), c.startedAt, c.id"
                        : " order by c.startedAt desc, c.id");
        SelectionQuery<ConversationEntity> query =
                session.createSelectionQuery(hql.toString(), ConversationEntity.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(filter.limit()).getResultList().stream()
                .map(ConversationQueries::summary)
                .toList();
    }

    private static void where(
            StringBuilder hql, Map<String, Object> parameters, String clause, String name, Object value) {
        hql.append(clause);
        parameters.put(name, value);
    }

    private static ConversationSummary summary(ConversationEntity e) {
        List<OperatorRef> operators = ConversationJson.participants(e.participants).present().stream()
                .map(p -> new OperatorRef(p.id(), p.name()))
                .toList();
        return new ConversationSummary(
                ConversationId.of(e.id),
                ChannelId.of(e.channelId),
                e.visitorName,
                e.startedAt,
                ConversationMapper.lifecycle(e),
                ConversationJson.expertise(e.expertise),
                operators,
                false);
    }

    /** Same contact when the visitor is known, else same visitor key, else none; open ones first. */
    static List<RecentConversation> recent(
            StatelessSession session, Visitor visitor, ConversationId excluding, Instant since, int limit) {
        Optional<SameVisitor> same = SameVisitor.of(visitor);
        if (same.isEmpty() || limit <= 0) return List.of();
        return session
                .createSelectionQuery(
                        "select c.id, c.startedAt, c.closedAt, c.outcome from ConversationEntity c where "
                                + same.get().clause() + " and c.id <> :excluding and c.startedAt >= :since"
                                + " order by c.closed, c.startedAt desc, c.id",
                        Object[].class)
                .setParameter("visitor", same.get().value())
                .setParameter("excluding", excluding.value())
                .setParameter("since", Times.stored(since))
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(r -> new RecentConversation(
                        ConversationId.of((String) r[0]),
                        (Instant) r[1],
                        Optional.ofNullable((Instant) r[2]),
                        Optional.ofNullable((String) r[3]).map(Outcome::valueOf)))
                .toList();
    }

    /** Of the visitor's latest started conversation that had an operator, the last operator to enter it. */
    static Optional<UserId> previousOperator(StatelessSession session, Visitor visitor) {
        Optional<SameVisitor> same = SameVisitor.of(visitor);
        if (same.isEmpty()) return Optional.empty();
        return session
                .createSelectionQuery(
                        "select p.userId from ConversationEntity c join ParticipantEntity p on p.conversationId = c.id"
                                + " where " + same.get().clause() + " order by c.startedAt desc, c.id, p.idx desc",
                        String.class)
                .setParameter("visitor", same.get().value())
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .map(UserId::of);
    }

    /** Open conversations with no operator present, oldest start first. */
    static List<ConversationId> waitingForOperator(StatelessSession session, int limit) {
        return ids(
                session,
                "select c.id from ConversationEntity c where c.closed = false and not exists"
                        + " (from ParticipantEntity p where p.conversationId = c.id and p.leftAt is null)"
                        + " order by c.startedAt, c.id",
                Map.of(),
                limit);
    }

    /** Open conversations idle since before the cutoff, the longest idle first. */
    static List<ConversationId> inactiveSince(StatelessSession session, Instant cutoff, int limit) {
        return ids(
                session,
                "select c.id from ConversationEntity c join ConversationActivityEntity a on a.conversationId = c.id"
                        + " where c.closed = false and a.lastActivityAt < :cutoff"
                        + " order by a.lastActivityAt, c.startedAt, c.id",
                Map.of("cutoff", Times.stored(cutoff)),
                limit);
    }

    /** Open conversations of the channel whose visitor waits for a first reply since the cutoff or earlier, longest first. */
    static List<ConversationId> unansweredSince(
            StatelessSession session, ChannelId channel, Instant cutoff, int limit) {
        return ids(
                session,
                "select c.id from ConversationEntity c join ConversationActivityEntity a on a.conversationId = c.id"
                        + " where a.replyAwaitedSince <= :cutoff and c.closed = false and c.channelId = :channel"
                        + " order by a.replyAwaitedSince, c.startedAt, c.id",
                Map.of("cutoff", Times.stored(cutoff), "channel", channel.value()),
                limit);
    }

    private static List<ConversationId> ids(
            StatelessSession session, String hql, Map<String, Object> parameters, int limit) {
        if (limit <= 0) return List.of();
        SelectionQuery<String> query = session.createSelectionQuery(hql, String.class);
        parameters.forEach(query::setParameter);
        List<ConversationId> ids = new ArrayList<>();
        for (String id : query.setMaxResults(limit).getResultList()) ids.add(ConversationId.of(id));
        return ids;
    }

    /** How conversations of the same visitor are found: by contact, else by the browser's key. */
    private record SameVisitor(String clause, String value) {
        static Optional<SameVisitor> of(Visitor visitor) {
            if (visitor.contact().isPresent())
                return Optional.of(new SameVisitor(
                        "c.contactId = :visitor", visitor.contact().get().value()));
            return visitor.key().map(key -> new SameVisitor("c.visitorKey = :visitor", key));
        }
    }
}
