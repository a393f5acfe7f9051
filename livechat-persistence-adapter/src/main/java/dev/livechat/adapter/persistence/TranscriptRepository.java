package dev.livechat.adapter.persistence;

import dev.livechat.domain.access.TokenHash;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.error.NotFoundException;
import dev.livechat.domain.transcript.Confirmation;
import dev.livechat.domain.transcript.IdempotencyKey;
import dev.livechat.domain.transcript.TranscriptRequest;
import dev.livechat.domain.transcript.TranscriptRequestId;
import dev.livechat.domain.transcript.TranscriptState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.StatelessSession;

/**
 * The transcript outbox. A claim is a conditional UPDATE of one row (still PENDING, no live lease)
 * whose row count says whether this worker won it, so two workers, in one process or several,
 * never hold the same request.
 */
final class TranscriptRepository {
    /** Candidates read per claim: enough to get past the few that other workers claim at the same time. */
    private static final int CLAIM_CANDIDATES = 10;

    private TranscriptRepository() {}

    static void insert(StatelessSession session, TranscriptRequest request) {
        session.insert(toEntity(request));
    }

    static Optional<TranscriptRequest> find(StatelessSession session, TranscriptRequestId id) {
        return Optional.ofNullable(session.get(TranscriptRequestEntity.class, id.value()))
                .map(TranscriptRepository::toRequest);
    }

    static Optional<TranscriptRequest> findByKey(
            StatelessSession session, ConversationId conversation, IdempotencyKey key) {
        return session
                .createSelectionQuery(
                        "from TranscriptRequestEntity r where r.conversationId = :c and r.idempotencyKey = :k",
                        TranscriptRequestEntity.class)
                .setParameter("c", conversation.value())
                .setParameter("k", key.value())
                .getResultList()
                .stream()
                .findFirst()
                .map(TranscriptRepository::toRequest);
    }

    /** Oldest request first. */
    static List<TranscriptRequest> of(StatelessSession session, ConversationId conversation) {
        return session
                .createSelectionQuery(
                        "from TranscriptRequestEntity r where r.conversationId = :c order by r.requestedAt, r.id",
                        TranscriptRequestEntity.class)
                .setParameter("c", conversation.value())
                .getResultList()
                .stream()
                .map(TranscriptRepository::toRequest)
                .toList();
    }

    /** The PENDING request due longest (then the oldest) without a live lease, claimed until now + lease. */
    static Optional<TranscriptRequest> claimDue(StatelessSession session, Instant now, Duration lease) {
        Instant at = Times.stored(now);
        List<TranscriptRequestEntity> due = session.createSelectionQuery(
                        "from TranscriptRequestEntity r where r.state = 'PENDING' and r.nextAttemptAt <= :now"
                                + " and (r.claimedUntil is null or r.claimedUntil <= :now)"
                                + " order by r.nextAttemptAt, r.requestedAt, r.id",
                        TranscriptRequestEntity.class)
                .setParameter("now", at)
                .setMaxResults(CLAIM_CANDIDATES)
                .getResultList();
        for (TranscriptRequestEntity candidate : due) {
            int claimed = session.createMutationQuery("update TranscriptRequestEntity r set r.claimedUntil = :until"
                            + " where r.id = :id and r.state = 'PENDING'"
                            + " and (r.claimedUntil is null or r.claimedUntil <= :now)")
                    .setParameter("until", Times.stored(at.plus(lease)))
                    .setParameter("id", candidate.id)
                    .setParameter("now", at)
                    .executeUpdate();
            if (claimed == 1) return Optional.of(toRequest(candidate));
        }
        return Optional.empty();
    }

    /** Stores the outcome and ends the claim. */
    static void update(StatelessSession session, TranscriptRequest request) {
        if (session.get(TranscriptRequestEntity.class, request.id().value()) == null)
            throw new NotFoundException("transcript request", request.id());
        session.update(toEntity(request));
    }

    static Optional<TranscriptRequest> findByConfirmation(StatelessSession session, TokenHash hash) {
        return session
                .createSelectionQuery(
                        "from TranscriptRequestEntity r where r.confirmationHash = :h", TranscriptRequestEntity.class)
                .setParameter("h", hash.value())
                .getResultList()
                .stream()
                .findFirst()
                .map(TranscriptRepository::toRequest);
    }

    /** Transcript requests by state (the outbox's backlog), in one statement. */
    static java.util.Map<String, Long> countByState(StatelessSession session) {
        return session
                .createSelectionQuery(
                        "select r.state, count(r) from TranscriptRequestEntity r group by r.state", Object[].class)
                .getResultList()
                .stream()
                .collect(java.util.stream.Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue()));
    }

    /** Conditional: only a request still awaiting becomes PENDING, so a sent one is never sent again. */
    static boolean markConfirmed(StatelessSession session, TranscriptRequestId id, Instant at) {
        return session.createMutationQuery("update TranscriptRequestEntity r set r.state = 'PENDING',"
                                + " r.nextAttemptAt = :at where r.id = :id and r.state = 'AWAITING_CONFIRMATION'")
                        .setParameter("at", Times.stored(at))
                        .setParameter("id", id.value())
                        .executeUpdate()
                == 1;
    }

    static int confirmationsTo(StatelessSession session, EmailAddress to, Instant since) {
        return session.createSelectionQuery(
                        "select count(r) from TranscriptRequestEntity r where r.requestedAt >= :since"
                                + " and r.confirmationHash is not null and lower(r.email) = :email",
                        Long.class)
                .setParameter("since", Times.stored(since))
                .setParameter("email", to.value().toLowerCase(java.util.Locale.ROOT))
                .getSingleResult()
                .intValue();
    }

    private static TranscriptRequestEntity toEntity(TranscriptRequest r) {
        TranscriptRequestEntity e = new TranscriptRequestEntity();
        e.id = r.id().value();
        e.conversationId = r.conversation().value();
        e.email = r.to().value();
        e.idempotencyKey = r.idempotencyKey().map(IdempotencyKey::value).orElse(null);
        e.requestedBy = r.requestedBy();
        e.requestedAt = Times.stored(r.requestedAt());
        e.state = r.state().name();
        e.attempts = r.attempts();
        e.nextAttemptAt = Times.stored(r.nextAttemptAt());
        e.lastError = r.lastError().orElse(null);
        e.sentAt = Times.stored(r.sentAt());
        e.requesterKind = r.requesterKind().name();
        e.confirmationHash = r.confirmation().map(Confirmation::tokenHash).orElse(null);
        e.confirmationExpiresAt =
                r.confirmation().map(c -> Times.stored(c.expiresAt())).orElse(null);
        return e;
    }

    private static TranscriptRequest toRequest(TranscriptRequestEntity e) {
        TranscriptRequest.Asked asked = new TranscriptRequest.Asked(
                ConversationId.of(e.conversationId),
                EmailAddress.of(e.email),
                Optional.ofNullable(e.idempotencyKey).map(IdempotencyKey::new),
                e.requestedBy,
                Actor.Kind.valueOf(e.requesterKind),
                e.requestedAt);
        TranscriptRequest.Delivery delivery = new TranscriptRequest.Delivery(
                TranscriptState.valueOf(e.state),
                e.attempts,
                e.nextAttemptAt,
                Optional.ofNullable(e.lastError),
                Optional.ofNullable(e.sentAt));
        return new TranscriptRequest(
                TranscriptRequestId.of(e.id),
                asked,
                delivery,
                Optional.ofNullable(e.confirmationHash).map(h -> new Confirmation(h, e.confirmationExpiresAt)));
    }
}
