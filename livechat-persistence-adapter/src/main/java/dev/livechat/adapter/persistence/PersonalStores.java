package dev.livechat.adapter.persistence;

import dev.livechat.domain.port.out.PersonalDataPort;
import java.util.List;

/** The stores of personal data of one database, which a person's export and erasure go through. */
final class PersonalStores {
    private PersonalStores() {}

    /**
     * Every store of the database that holds personal data, each exporting and erasing its part of
     * a person's: conversations, messages, transcript requests, contacts, offline messages, the event log's and the webhook outbox's copies.
     * A new table of personal data adds its {@link PersonalDataPort} here.
     */
    static List<PersonalDataPort> of(Database db) {
        return List.of(
                new PersonalConversations(db),
                new PersonalMessages(db),
                new PersonalRatings(db),
                new PersonalTranscripts(db),
                new PersonalContacts(db),
                new PersonalAttachmentNames(db),
                new PersonalOfflineMessages(db),
                new PersonalWebhookDeliveries(db),
                new PersonalEvents(db));
    }
}
