package dev.livechat.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An expertise of the catalogue, keyed by its lower-case name. */
@Entity
@Table(name = "expertise")
class ExpertiseEntity {
    @Id
    String nameKey;

    String name;

    ExpertiseEntity() {}

    ExpertiseEntity(String nameKey, String name) {
        this.nameKey = nameKey;
        this.name = name;
    }
}
