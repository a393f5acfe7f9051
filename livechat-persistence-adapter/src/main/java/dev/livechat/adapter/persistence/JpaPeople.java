package dev.livechat.adapter.persistence;

import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.port.out.FindPersonPort;
import dev.livechat.domain.privacy.DataSubject;
import dev.livechat.domain.privacy.Person;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.StatelessSession;

/**
 * Finds a person's conversations: by an address, those whose visitor gave it and those of the
 * contacts that have it; by a contact, that contact's and those whose visitor gave the contact's
 * address. Addresses compare without case (mail providers treat them so).
 */
final class JpaPeople implements FindPersonPort {
    private final Database db;

    JpaPeople(Database db) {
        this.db = db;
    }

    @Override
    public Person find(DataSubject subject) {
        return db.transaction(s -> {
            Set<String> emails = new HashSet<>();
            Set<String> contacts = new HashSet<>();
            subject.email().ifPresent(e -> {
                emails.add(key(e.value()));
                contacts.addAll(contactsWithEmail(s, key(e.value())));
            });
            subject.contact().ifPresent(c -> {
                contacts.add(c.value());
                emails.addAll(s.createSelectionQuery(
                                "select lower(c.email) from ContactEntity c where c.id = :id and c.email is not null",
                                String.class)
                        .setParameter("id", c.value())
                        .getResultList());
            });
            List<Object[]> found = s.createSelectionQuery(
                            "select c.id, lower(c.visitorEmail) from ConversationEntity c"
                                    + " where lower(c.visitorEmail) in :emails or c.contactId in :contacts",
                            Object[].class)
                    .setParameter("emails", orNone(emails))
                    .setParameter("contacts", orNone(contacts))
                    .getResultList();
            Set<ConversationId> conversations = new HashSet<>();
            for (Object[] row : found) {
                conversations.add(ConversationId.of((String) row[0]));
                if (row[1] != null) emails.add((String) row[1]);
            }
            return new Person(
                    subject,
                    conversations,
                    emails.stream().map(EmailAddress::of).collect(java.util.stream.Collectors.toSet()),
                    contacts);
        });
    }

    private static List<String> contactsWithEmail(StatelessSession s, String email) {
        return s.createSelectionQuery("select c.id from ContactEntity c where lower(c.email) = :email", String.class)
                .setParameter("email", email)
                .getResultList();
    }

    static String key(String email) {
        return email.toLowerCase(Locale.ROOT);
    }

    /** An IN list must not be empty: a value no row has stands for none. */
    static Set<String> orNone(Set<String> values) {
        return values.isEmpty() ? Set.of("\u0001none") : values;
    }
}
