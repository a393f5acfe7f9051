package dev.livechat.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The hash of a user's token (one per user). */
@Entity
@Table(name = "user_tokens")
class UserTokenEntity {
    @Id
    String tokenHash;

    String userId;

    UserTokenEntity() {}

    UserTokenEntity(String tokenHash, String userId) {
        this.tokenHash = tokenHash;
        this.userId = userId;
    }
}
