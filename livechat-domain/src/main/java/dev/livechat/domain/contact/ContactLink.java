package dev.livechat.domain.contact;

import dev.livechat.domain.error.Require;

/** A link from the contact card to a record elsewhere: "Sales order S00042" → its URL. */
public record ContactLink(String label, WebLink url) {
    public ContactLink {
        label = Require.text("links.label", label, 100);
        Require.present("links.url", url);
    }
}
