package dev.livechat.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The hash of a visitor's token, which grants one conversation. */
@Entity
@Table(name = "visitor_tokens")
class VisitorTokenEntity {
    @Id
    String tokenHash;

    String conversationId;

    VisitorTokenEntity() {}

    VisitorTokenEntity(String tokenHash, String conversationId) {
        this.tokenHash = tokenHash;
        this.conversationId = conversationId;
    }
}
