package dev.livechat.domain.privacy;

import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.contact.ContactId;
import dev.livechat.domain.error.InvalidValueException;
import java.util.Optional;

/** The person a privacy request is about: named by an email address or by a contact id, exactly one. */
public record DataSubject(Optional<EmailAddress> email, Optional<ContactId> contact) {
    public DataSubject {
        if (email == null) email = Optional.empty();
        if (contact == null) contact = Optional.empty();
        if (email.isPresent() == contact.isPresent())
            throw new InvalidValueException(
                    email.isPresent() ? "contactId" : "email", "give either email or contactId, exactly one");
    }

    public static DataSubject byEmail(EmailAddress email) {
        return new DataSubject(Optional.of(email), Optional.empty());
    }

    public static DataSubject byContact(ContactId contact) {
        return new DataSubject(Optional.empty(), Optional.of(contact));
    }

    @Override
    public String toString() {
        return email.map(e -> "email " + e)
                .orElseGet(() -> "contact " + contact.orElseThrow().value());
    }
}
