package dev.livechat.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A contact of the built-in directory; its links are a JSON list. */
@Entity
@Table(name = "contacts")
class ContactEntity {
    @Id
    String id;

    String name;
    String email;
    String phone;
    String links;
}
