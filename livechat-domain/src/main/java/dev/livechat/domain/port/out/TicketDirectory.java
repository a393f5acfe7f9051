package dev.livechat.domain.port.out;

import dev.livechat.domain.contact.ContactId;
import dev.livechat.domain.contact.Ticket;
import java.util.List;

/** Helpdesk tickets: implement it over your helpdesk to list a contact's open tickets in the panel. */
public interface TicketDirectory {
    /** The contact's OPEN tickets, newest first, at most {@code limit}. */
    List<Ticket> openTicketsOf(ContactId contact, int limit);
}
