package dev.livechat.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A tag of the catalogue, keyed by its lower-case name. */
@Entity
@Table(name = "tags")
class TagEntity {
    @Id
    String nameKey;

    String name;
    String colour;
}
