package dev.livechat.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One of a conversation's expertise, as a row: for list filters and reports. */
@Entity
@Table(name = "conversation_expertise")
@IdClass(ConversationExpertiseEntity.Key.class)
class ConversationExpertiseEntity {
    @Id
    String conversationId;

    @Id
    String nameKey;

    String name;

    ConversationExpertiseEntity() {}

    ConversationExpertiseEntity(String conversationId, String nameKey, String name) {
        this.conversationId = conversationId;
        this.nameKey = nameKey;
        this.name = name;
    }

    static final class Key implements Serializable {
        String conversationId;
        String nameKey;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.conversationId.equals(conversationId) && k.nameKey.equals(nameKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(conversationId, nameKey);
        }
    }
}
