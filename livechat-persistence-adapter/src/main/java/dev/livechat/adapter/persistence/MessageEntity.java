package dev.livechat.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One entry of a conversation's append-only message log. */
@Entity
@Table(name = "messages")
@IdClass(MessageEntity.Key.class)
class MessageEntity {
    @Id
    String conversationId;

    @Id
    long seq;

    String authorKind;
    String authorId;
    String authorName;
    String body;
    Instant sentAt;

    static final class Key implements Serializable {
        String conversationId;
        long seq;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.conversationId.equals(conversationId) && k.seq == seq;
        }

        @Override
        public int hashCode() {
            return Objects.hash(conversationId, seq);
        }
    }
}
