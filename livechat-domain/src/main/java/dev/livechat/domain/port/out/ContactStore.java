package dev.livechat.domain.port.out;

import dev.livechat.domain.contact.Contact;

/** A contact directory the service itself keeps (managers upsert through the API). */
public interface ContactStore extends ContactDirectory {
    void upsert(Contact contact);
}
