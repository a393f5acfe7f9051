package dev.livechat.domain.port.out;

import dev.livechat.domain.contact.Ticket;

/** A ticket directory the service itself keeps (managers upsert through the API). */
public interface TicketStore extends TicketDirectory {
    void upsert(Ticket ticket);
}
