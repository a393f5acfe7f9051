package dev.livechat.domain.contact;

import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.error.Require;
import java.util.List;
import java.util.Optional;

/** A known customer of the contact directory: the panel's contact card. */
public record Contact(
        ContactId id, String name, Optional<EmailAddress> email, Optional<String> phone, List<ContactLink> links) {
    public Contact {
        Require.present("id", id);
        name = Require.text("name", name, 200);
        Require.present("email", email);
        phone = Require.present("phone", phone).map(p -> Require.text("phone", p, 50));
        links = List.copyOf(Require.present("links", links));
        Require.that(links.size() <= 50, "links", "at most 50");
    }
}
