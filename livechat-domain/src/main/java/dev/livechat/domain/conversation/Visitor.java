package dev.livechat.domain.conversation;

import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.contact.ContactId;
import dev.livechat.domain.error.Require;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The person on the website: an anonymous guest ("Visitor #42") or a known contact.
 *
 * @param key a stable, caller-chosen key of a returning guest's browser, so that recent
 *     conversations find each other; the contact id serves when the visitor is known
 */
public record Visitor(
        String name,
        Optional<EmailAddress> email,
        Optional<ZoneId> timeZone,
        Optional<ContactId> contact,
        Optional<String> key) {
    public Visitor {
        name = Require.text("visitor.name", name, 100);
        Require.present("visitor.email", email);
        Require.present("visitor.timeZone", timeZone);
        Require.present("visitor.contactId", contact);
        key = Require.present("visitor.key", key).map(k -> Require.id("visitor.key", k));
    }

    public static Visitor guest(String name) {
        return new Visitor(name, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The zone the transcript shows times in: the visitor's, or UTC when unknown. */
    public ZoneId zoneOrUtc() {
        return timeZone.orElse(ZoneId.of("UTC"));
    }
}
