package dev.livechat.domain.contact;

import dev.livechat.domain.error.Require;

/** A helpdesk ticket of a contact; the panel shows the open ones. */
public record Ticket(TicketId id, ContactId contact, String reference, String title, TicketStatus status, WebLink url) {
    public Ticket {
        Require.present("id", id);
        Require.present("contactId", contact);
        reference = Require.text("reference", reference, 50);
        title = Require.text("title", title, 200);
        Require.present("status", status);
        Require.present("url", url);
    }
}
