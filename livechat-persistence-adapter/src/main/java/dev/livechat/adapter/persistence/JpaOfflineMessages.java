package dev.livechat.adapter.persistence;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.error.NotFoundException;
import dev.livechat.domain.offline.Handling;
import dev.livechat.domain.offline.MailState;
import dev.livechat.domain.offline.OfflineMail;
import dev.livechat.domain.offline.OfflineMessage;
import dev.livechat.domain.offline.OfflineMessageId;
import dev.livechat.domain.offline.OfflineMessageState;
import dev.livechat.domain.operator.UserId;
import dev.livechat.domain.port.out.OfflineMessagesPort;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.StatelessSession;

/**
 * Offline messages and the outbox of their mails. A claim is a conditional UPDATE of one row (mail
 * still PENDING, no live lease) whose row count says whether this worker won it, as for transcript
 * requests; marking handled is conditional too, so of two operators one wins.
 */
public final class JpaOfflineMessages implements OfflineMessagesPort {
    private static final int CLAIM_CANDIDATES = 10;

    private final Database db;

    JpaOfflineMessages(Database db) {
        this.db = db;
    }

    @Override
    public void record(OfflineMessage message) {
        db.transaction(s -> {
            s.insert(toEntity(message));
            return null;
        });
    }

    @Override
    public Optional<OfflineMessage> find(OfflineMessageId id) {
        return db.transaction(s -> Optional.ofNullable(s.get(OfflineMessageEntity.class, id.value()))
                .map(JpaOfflineMessages::toMessage));
    }

    @Override
    public List<OfflineMessage> list(Optional<OfflineMessageState> state, Optional<Set<ChannelId>> channels, int max) {
        if (channels.isPresent() && channels.get().isEmpty()) return List.of();
        StringBuilder hql = new StringBuilder("from OfflineMessageEntity m where 1 = 1");
        state.ifPresent(s -> hql.append(
                s == OfflineMessageState.HANDLED ? " and m.handledAt is not null" : " and m.handledAt is null"));
        if (channels.isPresent()) hql.append(" and m.channelId in :channels");
        hql.append(" order by m.receivedAt desc, m.id");
        return db.transaction(s -> {
            var query = s.createSelectionQuery(hql.toString(), OfflineMessageEntity.class);
            channels.ifPresent(c -> query.setParameter(
                    "channels", c.stream().map(ChannelId::value).toList()));
            return query.setMaxResults(max).getResultList().stream()
                    .map(JpaOfflineMessages::toMessage)
                    .toList();
        });
    }

    @Override
    public boolean markHandled(OfflineMessageId id, Handling handling) {
        return db.transaction(s -> s.createMutationQuery(
                                "update OfflineMessageEntity m set m.handledBy = :by,"
                                        + " m.handledByName = :name, m.handledAt = :at where m.id = :id and m.handledAt is null")
                        .setParameter("by", handling.by().value())
                        .setParameter("name", handling.byName())
                        .setParameter("at", Times.stored(handling.at()))
                        .setParameter("id", id.value())
                        .executeUpdate()
                == 1);
    }

    @Override
    public Optional<OfflineMessage> claimDue(Instant now, Duration lease) {
        return db.transaction(s -> claim(s, Times.stored(now), lease));
    }

    private static Optional<OfflineMessage> claim(StatelessSession s, Instant now, Duration lease) {
        List<OfflineMessageEntity> due = s.createSelectionQuery(
                        "from OfflineMessageEntity m where m.mailState = 'PENDING' and m.nextAttemptAt <= :now"
                                + " and (m.claimedUntil is null or m.claimedUntil <= :now)"
                                + " order by m.nextAttemptAt, m.receivedAt, m.id",
                        OfflineMessageEntity.class)
                .setParameter("now", now)
                .setMaxResults(CLAIM_CANDIDATES)
                .getResultList();
        for (OfflineMessageEntity candidate : due) {
            int claimed = s.createMutationQuery("update OfflineMessageEntity m set m.claimedUntil = :until"
                            + " where m.id = :id and m.mailState = 'PENDING'"
                            + " and (m.claimedUntil is null or m.claimedUntil <= :now)")
                    .setParameter("until", Times.stored(now.plus(lease)))
                    .setParameter("id", candidate.id)
                    .setParameter("now", now)
                    .executeUpdate();
            if (claimed == 1) return Optional.of(toMessage(candidate));
        }
        return Optional.empty();
    }

    /** The mail columns only, and the end of the claim: an operator's handling meanwhile stays. */
    @Override
    public void updateMail(OfflineMessage message) {
        OfflineMail mail = message.mail();
        int updated = db.transaction(s -> s.createMutationQuery(
                        "update OfflineMessageEntity m set m.mailState = :state,"
                                + " m.attempts = :attempts, m.nextAttemptAt = :next, m.lastError = :error,"
                                + " m.sentAt = :sent, m.claimedUntil = null where m.id = :id")
                .setParameter("state", mail.state().name())
                .setParameter("attempts", mail.attempts())
                .setParameter("next", Times.stored(mail.nextAttemptAt()))
                .setParameter(
                        "error",
                        mail.lastError().map(JpaOfflineMessages::bounded).orElse(null))
                .setParameter("sent", Times.stored(mail.sentAt()))
                .setParameter("id", message.id().value())
                .executeUpdate());
        if (updated == 0) throw new NotFoundException("offline message", message.id());
    }

    private static String bounded(String error) {
        return error.length() <= 2000 ? error : error.substring(0, 2000);
    }

    private static OfflineMessageEntity toEntity(OfflineMessage m) {
        OfflineMessageEntity row = new OfflineMessageEntity();
        row.id = m.id().value();
        row.channelId = m.channel().value();
        row.name = m.name();
        row.email = m.email().value();
        row.message = m.text();
        row.receivedAt = Times.stored(m.receivedAt());
        m.handling().ifPresent(h -> {
            row.handledBy = h.by().value();
            row.handledByName = h.byName();
            row.handledAt = Times.stored(h.at());
        });
        OfflineMail mail = m.mail();
        row.mailState = mail.state().name();
        row.mailTo = mail.to().map(EmailAddress::value).orElse(null);
        row.attempts = mail.attempts();
        row.nextAttemptAt = Times.stored(mail.nextAttemptAt());
        row.lastError = mail.lastError().map(JpaOfflineMessages::bounded).orElse(null);
        row.sentAt = Times.stored(mail.sentAt());
        return row;
    }

    private static OfflineMessage toMessage(OfflineMessageEntity row) {
        Optional<Handling> handling = row.handledAt == null
                ? Optional.empty()
                : Optional.of(new Handling(UserId.of(row.handledBy), row.handledByName, row.handledAt));
        return new OfflineMessage(
                OfflineMessageId.of(row.id),
                ChannelId.of(row.channelId),
                row.name,
                EmailAddress.of(row.email),
                row.message,
                row.receivedAt,
                handling,
                new OfflineMail(
                        MailState.valueOf(row.mailState),
                        Optional.ofNullable(row.mailTo).map(EmailAddress::of),
                        row.attempts,
                        row.nextAttemptAt,
                        Optional.ofNullable(row.lastError),
                        Optional.ofNullable(row.sentAt)));
    }
}
