package dev.livechat.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A channel; {@code maxSessions} null means unlimited; {@code allowedOrigins} space-separated;
 * {@code identitySecret} as is (HMAC verification needs it), null until a manager creates one;
 * {@code businessHours} as {@link ReceptionText} writes them, null: always open.
 */
@Entity
@Table(name = "channels")
class ChannelEntity {
    @Id
    String id;

    String name;
    Integer maxSessions;
    String allowedOrigins;
    String identitySecret;
    /** After how many seconds an unanswered visitor is handed on; null: off. */
    Integer reassignAfterSeconds;

    String businessHours;
    boolean closedWithoutOperators;
    String email;
}
