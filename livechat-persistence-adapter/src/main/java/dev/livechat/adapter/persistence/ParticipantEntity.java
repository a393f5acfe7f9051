package dev.livechat.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One participant of a conversation, as a row: for ongoing-session counts, last assignments and reports. */
@Entity
@Table(name = "conversation_participants")
@IdClass(ParticipantEntity.Key.class)
class ParticipantEntity {
    @Id
    String conversationId;

    @Id
    int idx;

    String userId;
    String name;
    String entry;
    Instant since;
    Instant leftAt;
    /** Present in a conversation that is still open: counts as one of the operator's sessions. */
    boolean ongoing;

    String channelId;

    static final class Key implements Serializable {
        String conversationId;
        int idx;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.conversationId.equals(conversationId) && k.idx == idx;
        }

        @Override
        public int hashCode() {
            return Objects.hash(conversationId, idx);
        }
    }
}
