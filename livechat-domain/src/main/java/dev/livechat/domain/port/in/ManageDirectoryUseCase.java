package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.contact.Contact;
import dev.livechat.domain.contact.Ticket;

/** Managers keep the built-in contact and ticket directories. */
public interface ManageDirectoryUseCase {
    Contact upsertContact(Caller caller, Contact contact);

    Ticket upsertTicket(Caller caller, Ticket ticket);
}
