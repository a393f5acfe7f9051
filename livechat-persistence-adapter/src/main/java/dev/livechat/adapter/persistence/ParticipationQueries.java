package dev.livechat.adapter.persistence;

import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.operator.UserId;
import java.util.List;
import org.hibernate.StatelessSession;

/** Which open conversations a user is present in: one query on the participants index. */
final class ParticipationQueries {
    private ParticipationQueries() {}

    static List<ConversationId> ongoingConversationsOf(StatelessSession session, UserId user, int limit) {
        if (limit <= 0) return List.of();
        return session
                .createSelectionQuery(
                        "select p.conversationId from ParticipantEntity p"
                                + " where p.userId = :user and p.ongoing = true and p.leftAt is null",
                        String.class)
                .setParameter("user", user.value())
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .distinct()
                .map(ConversationId::of)
                .toList();
    }
}
