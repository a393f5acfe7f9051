package dev.livechat.adapter.persistence;

import dev.livechat.domain.port.out.PersonalDataPort;
import dev.livechat.domain.privacy.Erased;
import dev.livechat.domain.privacy.Person;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The names of the files of the person's conversations ("passport-marie-martin.pdf"): "[erased]".
 * Their bytes are erased through the attachment store, which the domain's own store of attachments
 * does; the export lists the files there.
 */
final class PersonalAttachmentNames implements PersonalDataPort {
    private final Database db;

    PersonalAttachmentNames(Database db) {
        this.db = db;
    }

    @Override
    public String section() {
        return "attachments";
    }

    @Override
    public List<Map<String, Object>> export(Person person) {
        return List.of();
    }

    @Override
    public int erase(Person person, Instant at) {
        return db.transaction(s -> s.createMutationQuery("update AttachmentEntity a set a.filename = :erased"
                        + " where a.conversationId in :ids and a.filename <> :erased")
                .setParameter("erased", Erased.TEXT)
                .setParameter("ids", PersonalRows.conversations(person))
                .executeUpdate());
    }
}
