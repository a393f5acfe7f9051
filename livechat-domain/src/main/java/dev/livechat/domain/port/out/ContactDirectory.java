package dev.livechat.domain.port.out;

import dev.livechat.domain.contact.Contact;
import dev.livechat.domain.contact.ContactId;
import java.util.Optional;

/** Known customers: implement it over your CRM to show its contact card in the panel. */
public interface ContactDirectory {
    Optional<Contact> find(ContactId id);
}
