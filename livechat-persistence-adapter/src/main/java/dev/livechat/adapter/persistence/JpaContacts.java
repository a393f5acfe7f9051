package dev.livechat.adapter.persistence;

import dev.livechat.domain.contact.Contact;
import dev.livechat.domain.contact.ContactId;
import dev.livechat.domain.port.out.*;
import java.util.Optional;

/** The contact directory in the database. */
public final class JpaContacts implements ContactStore {
    private final Database db;

    JpaContacts(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Contact> find(ContactId id) {
        return db.transaction(s -> DirectoryRepository.contact(s, id));
    }

    @Override
    public void upsert(Contact contact) {
        db.idempotentWrite(s -> DirectoryRepository.upsert(s, contact));
    }
}
