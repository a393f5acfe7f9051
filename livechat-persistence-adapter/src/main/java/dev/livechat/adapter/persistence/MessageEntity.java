package dev.livechat.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a conversation's append-only message log, keyed by the conversation's number
 * ({@link ConversationEntity#logKey}) rather than its text id: the key is repeated in every row and
 * index entry, the most numerous of the schema.
 */
@Entity
@Table(name = "messages")
@IdClass(MessageEntity.Key.class)
class MessageEntity {
    @Id
    long logKey;

    @Id
    long seq;

    Instant sentAt;
    String authorKind;
    String authorId;
    String authorName;
    String body;

    static final class Key implements Serializable {
        long logKey;
        long seq;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.logKey == logKey && k.seq == seq;
        }

        @Override
        public int hashCode() {
            return Objects.hash(logKey, seq);
        }
    }
}
