package dev.livechat.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user; languages, expertise and channels are JSON lists (the channels also row by row in operator_channels). */
@Entity
@Table(name = "operators")
class OperatorEntity {
    @Id
    String id;

    String name;
    String email;
    String role;
    String presence;
    String mainLanguage;
    String languages;
    String country;
    String expertise;
    String channels;
    Instant createdAt;
}
