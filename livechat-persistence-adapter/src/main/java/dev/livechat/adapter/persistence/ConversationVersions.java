package dev.livechat.adapter.persistence;

import java.util.Collection;
import org.hibernate.StatelessSession;

/**
 * Raises conversations' versions for a writer outside the domain's units (an erasure), so that a
 * save from a copy loaded before it loses and reloads. First, before the writer touches the
 * conversations' rows: the version is in {@code conversation_activity}, whose row lock a save takes
 * first too ({@link ConversationColumns}), so on PostgreSQL the two never wait for each other.
 */
final class ConversationVersions {
    private ConversationVersions() {}

    static void raise(StatelessSession session, Collection<String> conversationIds) {
        session.createMutationQuery("update ConversationActivityEntity a set a.version = a.version + 1"
                        + " where a.conversationId in :ids")
                .setParameter("ids", conversationIds)
                .executeUpdate();
    }
}
