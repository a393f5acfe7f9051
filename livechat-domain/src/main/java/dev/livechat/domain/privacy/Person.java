package dev.livechat.domain.privacy;

import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.contact.ContactId;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.error.Require;
import java.util.Set;

/**
 * Where a person's data is, as found when a request starts: the conversations they took part in as
 * the visitor, the addresses they are known by, and the contacts (CRM cards) that are theirs. Every
 * {@link dev.livechat.domain.port.out.PersonalDataPort} exports and erases by these.
 *
 * @param conversations conversations whose visitor gave one of the addresses or was one of the contacts
 * @param emails the address asked for, the contacts' addresses and those the visitor gave
 * @param contacts the contact asked for, or those whose address is the one asked for
 */
public record Person(
        DataSubject subject, Set<ConversationId> conversations, Set<EmailAddress> emails, Set<String> contacts) {
    public Person {
        Require.present("subject", subject);
        conversations = Set.copyOf(conversations);
        emails = Set.copyOf(emails);
        contacts = Set.copyOf(contacts);
    }

    /** The contact ids, as values. */
    public Set<ContactId> contactIds() {
        return contacts.stream().map(ContactId::of).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
