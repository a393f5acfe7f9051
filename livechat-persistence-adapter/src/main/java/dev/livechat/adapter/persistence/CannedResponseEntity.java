package dev.livechat.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A canned response, keyed by its lower-case shortcut. */
@Entity
@Table(name = "canned_responses")
class CannedResponseEntity {
    @Id
    String shortcutKey;

    String shortcut;
    String body;
}
