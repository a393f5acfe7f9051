package dev.livechat.adapter.persistence;

import dev.livechat.domain.access.TokenHash;
import dev.livechat.domain.assignment.Candidate;
import dev.livechat.domain.assignment.CandidatePool;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.Presence;
import dev.livechat.domain.operator.Role;
import dev.livechat.domain.operator.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.StatelessSession;

/** Users, their channel memberships, the candidates of a channel, and token hashes. */
final class OperatorRepository {
    private static final String FIRST_CREATED_FIRST = " order by o.createdAt, o.id";

    private OperatorRepository() {}

    static Optional<Operator> find(StatelessSession session, UserId id) {
        return Optional.ofNullable(session.get(OperatorEntity.class, id.value()))
                .map(OperatorMapper::toOperator);
    }

    static List<Operator> findAll(StatelessSession session, Collection<UserId> ids) {
        if (ids.isEmpty()) return List.of();
        return session
                .createSelectionQuery(
                        "from OperatorEntity o where o.id in (:ids)" + FIRST_CREATED_FIRST, OperatorEntity.class)
                .setParameter("ids", ids.stream().map(UserId::value).distinct().toList())
                .getResultList()
                .stream()
                .map(OperatorMapper::toOperator)
                .toList();
    }

    static List<Operator> all(StatelessSession session) {
        return session
                .createSelectionQuery("from OperatorEntity o" + FIRST_CREATED_FIRST, OperatorEntity.class)
                .getResultList()
                .stream()
                .map(OperatorMapper::toOperator)
                .toList();
    }

    static boolean anyWithRole(StatelessSession session, Role role) {
        return !session.createSelectionQuery("select o.id from OperatorEntity o where o.role = :role", String.class)
                .setParameter("role", role.name())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Inserts or replaces the user, and its membership rows when they changed. */
    static void save(StatelessSession session, Operator operator) {
        OperatorEntity row = OperatorMapper.toEntity(operator);
        OperatorEntity stored = session.get(OperatorEntity.class, row.id);
        if (stored == null) session.insert(row);
        else session.update(row);
        if (stored != null && stored.channels.equals(row.channels)) return;
        if (stored != null)
            session.createMutationQuery("delete from OperatorChannelEntity m where m.operatorId = :id")
                    .setParameter("id", row.id)
                    .executeUpdate();
        for (String channel : OperatorMapper.channels(operator))
            session.insert(new OperatorChannelEntity(row.id, channel));
    }

    /**
     * Every member of the channel, first created first, with its ongoing sessions there (open
     * conversations of the channel where it is present) and its latest ASSIGNED entry anywhere: one
     * statement. The pool's columns come straight from the rows; a member's {@link Operator} is
     * mapped only when the policy asks for it (the few its trace names).
     *
     * <p>The latest ASSIGNED entry is the first of the {@code participants_assigned} index read
     * backwards, not {@code max(since)}: H2 computes a {@code max} under a condition by reading every
     * past assignment of the operator, so the start of a conversation slowed down with the history
     * (docs/benchmarks.md, "A million conversations, and a soak"); ordered by all the index's
     * columns it reads one entry (PostgreSQL did so for both forms). H2CandidatesScanTest.
     */
    static CandidatePool candidates(StatelessSession session, ChannelId channel) {
        List<Object[]> rows = session.createSelectionQuery(
                        "select o,"
                                // one ongoing row per conversation at most (Participants.enter): a count of
                                // the index entries, where count(distinct) read each row for its conversation
                                // and hashed it (4 times slower at 3,000 ongoing on H2)
                                + " (select count(*) from ParticipantEntity p"
                                + "   where p.userId = o.id and p.ongoing = true and p.channelId = :channel),"
                                + " (select a.since from ParticipantEntity a"
                                + "   where a.userId = o.id and a.entry = 'ASSIGNED'"
                                + "   order by a.userId desc, a.entry desc, a.since desc limit 1)"
                                + " from OperatorEntity o where exists (from OperatorChannelEntity m"
                                + "   where m.operatorId = o.id and m.channelId = :channel)"
                                + FIRST_CREATED_FIRST,
                        Object[].class)
                .setParameter("channel", channel.value())
                .getResultList();
        CandidatePool.Builder pool = CandidatePool.builder(channel, rows.size());
        for (Object[] row : rows) {
            OperatorEntity e = (OperatorEntity) row[0];
            pool.add(
                    new CandidatePool.Member(
                            e.id,
                            e.createdAt,
                            Json.list(e.channels, String.class).contains(channel.value()),
                            Role.valueOf(e.role).livechatAccess(),
                            Presence.valueOf(e.presence)),
                    new CandidatePool.Skills(
                            e.mainLanguage,
                            Json.list(e.languages, String.class),
                            e.country,
                            Json.list(e.expertise, String.class)),
                    new CandidatePool.Load(sessions(row), (Instant) row[2]));
        }
        return pool.build(i -> new Candidate(
                OperatorMapper.toOperator((OperatorEntity) rows.get(i)[0]),
                sessions(rows.get(i)),
                Optional.ofNullable((Instant) rows.get(i)[2])));
    }

    private static int sessions(Object[] row) {
        return ((Number) row[1]).intValue();
    }

    /** Binds the token to the user, dropping the user's previous one. */
    static void storeUserToken(StatelessSession session, UserId user, TokenHash hash) {
        session.createMutationQuery("delete from UserTokenEntity t where t.userId = :user or t.tokenHash = :hash")
                .setParameter("user", user.value())
                .setParameter("hash", hash.value())
                .executeUpdate();
        session.insert(new UserTokenEntity(hash.value(), user.value()));
    }

    static Optional<UserId> userOf(StatelessSession session, TokenHash hash) {
        return Optional.ofNullable(session.get(UserTokenEntity.class, hash.value()))
                .map(t -> UserId.of(t.userId));
    }

    static void storeVisitorToken(StatelessSession session, ConversationId conversation, TokenHash hash) {
        Rows.put(session, new VisitorTokenEntity(hash.value(), conversation.value()), hash.value());
    }

    static Optional<ConversationId> conversationOf(StatelessSession session, TokenHash hash) {
        return Optional.ofNullable(session.get(VisitorTokenEntity.class, hash.value()))
                .map(t -> ConversationId.of(t.conversationId));
    }
}
