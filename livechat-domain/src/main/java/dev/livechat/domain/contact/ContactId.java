package dev.livechat.domain.contact;

import dev.livechat.domain.error.Require;
import java.util.UUID;

/** Identifies a known contact of the contact directory. */
public record ContactId(String value) {
    public ContactId {
        value = Require.id("contactId", value);
    }

    public static ContactId of(String value) {
        return new ContactId(value);
    }

    public static ContactId random() {
        return new ContactId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
