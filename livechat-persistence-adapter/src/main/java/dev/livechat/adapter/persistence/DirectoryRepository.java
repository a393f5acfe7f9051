package dev.livechat.adapter.persistence;

import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.contact.Contact;
import dev.livechat.domain.contact.ContactId;
import dev.livechat.domain.contact.ContactLink;
import dev.livechat.domain.contact.Ticket;
import dev.livechat.domain.contact.TicketId;
import dev.livechat.domain.contact.TicketStatus;
import dev.livechat.domain.contact.WebLink;
import java.util.List;
import java.util.Optional;
import org.hibernate.StatelessSession;

/** The built-in contact and ticket directories (an extender replaces them through the ports). */
final class DirectoryRepository {
    record LinkJson(String label, String url) {}

    private DirectoryRepository() {}

    static Optional<Contact> contact(StatelessSession session, ContactId id) {
        return Optional.ofNullable(session.get(ContactEntity.class, id.value())).map(DirectoryRepository::contact);
    }

    static void upsert(StatelessSession session, Contact contact) {
        ContactEntity row = new ContactEntity();
        row.id = contact.id().value();
        row.name = contact.name();
        row.email = contact.email().map(EmailAddress::value).orElse(null);
        row.phone = contact.phone().orElse(null);
        row.links = Json.write(contact.links().stream()
                .map(l -> new LinkJson(l.label(), l.url().value()))
                .toList());
        Rows.put(session, row, row.id);
    }

    private static Contact contact(ContactEntity row) {
        return new Contact(
                ContactId.of(row.id),
                row.name,
                Optional.ofNullable(row.email).map(EmailAddress::of),
                Optional.ofNullable(row.phone),
                Json.list(row.links, LinkJson.class).stream()
                        .map(l -> new ContactLink(l.label(), WebLink.of(l.url())))
                        .toList());
    }

    /** Inserts or replaces the ticket, which becomes the contact's newest. */
    static void upsert(StatelessSession session, Ticket ticket) {
        TicketEntity row = new TicketEntity();
        row.id = ticket.id().value();
        row.contactId = ticket.contact().value();
        row.reference = ticket.reference();
        row.title = ticket.title();
        row.status = ticket.status().name();
        row.url = ticket.url().value();
        row.writeNo = Counters.advance(session, Counters.TICKET_WRITES, 1);
        Rows.put(session, row, row.id);
    }

    /** The contact's OPEN tickets, the last inserted or updated first. */
    static List<Ticket> openTicketsOf(StatelessSession session, ContactId contact, int limit) {
        if (limit <= 0) return List.of();
        return session
                .createSelectionQuery(
                        "from TicketEntity t where t.contactId = :contact and t.status = 'OPEN' order by t.writeNo desc",
                        TicketEntity.class)
                .setParameter("contact", contact.value())
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(DirectoryRepository::ticket)
                .toList();
    }

    private static Ticket ticket(TicketEntity row) {
        return new Ticket(
                TicketId.of(row.id),
                ContactId.of(row.contactId),
                row.reference,
                row.title,
                TicketStatus.valueOf(row.status),
                WebLink.of(row.url));
    }
}
