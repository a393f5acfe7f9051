package dev.livechat.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A channel; {@code maxSessions} null means unlimited. */
@Entity
@Table(name = "channels")
class ChannelEntity {
    @Id
    String id;

    String name;
    Integer maxSessions;
}
