package dev.livechat.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A ticket of the built-in directory; {@code writeNo} grows with every insert or update. */
@Entity
@Table(name = "tickets")
class TicketEntity {
    @Id
    String id;

    String contactId;
    String reference;
    String title;
    String status;
    String url;
    long writeNo;
}
