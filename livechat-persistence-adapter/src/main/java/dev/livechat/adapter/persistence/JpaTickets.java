package dev.livechat.adapter.persistence;

import dev.livechat.domain.contact.ContactId;
import dev.livechat.domain.contact.Ticket;
import dev.livechat.domain.port.out.*;
import java.util.List;

/** The ticket directory in the database. */
public final class JpaTickets implements TicketStore {
    private final Database db;

    JpaTickets(Database db) {
        this.db = db;
    }

    @Override
    public void upsert(Ticket ticket) {
        db.idempotentWrite(s -> DirectoryRepository.upsert(s, ticket));
    }

    @Override
    public List<Ticket> openTicketsOf(ContactId contact, int limit) {
        return db.transaction(s -> DirectoryRepository.openTicketsOf(s, contact, limit));
    }
}
