package dev.livechat.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named counter, advanced under its row lock: event positions, ticket write order. */
@Entity
@Table(name = "counters")
class CounterEntity {
    @Id
    String name;

    long currentValue;
}
