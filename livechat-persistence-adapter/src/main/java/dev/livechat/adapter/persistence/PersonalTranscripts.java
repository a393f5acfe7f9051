package dev.livechat.adapter.persistence;

import static dev.livechat.adapter.persistence.PersonalRows.row;

import dev.livechat.domain.port.out.PersonalDataPort;
import dev.livechat.domain.privacy.Person;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Transcript requests of the person's conversations, and those sent to one of their addresses:
 * deleted, pending ones included (a transcript of erased text must not leave afterwards).
 */
final class PersonalTranscripts implements PersonalDataPort {
    private static final String OF_THE_PERSON = " where r.conversationId in :ids or lower(r.email) in :emails";

    private final Database db;

    PersonalTranscripts(Database db) {
        this.db = db;
    }

    @Override
    public String section() {
        return "transcriptRequests";
    }

    @Override
    public List<Map<String, Object>> export(Person person) {
        return db.transaction(s -> s
                .createSelectionQuery(
                        "from TranscriptRequestEntity r" + OF_THE_PERSON + " order by r.requestedAt",
                        TranscriptRequestEntity.class)
                .setParameter("ids", PersonalRows.conversations(person))
                .setParameter("emails", PersonalRows.emails(person))
                .getResultList()
                .stream()
                .map(r -> row(
                        "id", r.id,
                        "conversationId", r.conversationId,
                        "email", r.email,
                        "requestedBy", r.requestedBy,
                        "requestedAt", r.requestedAt,
                        "state", r.state,
                        "sentAt", r.sentAt))
                .toList());
    }

    @Override
    public int erase(Person person, Instant at) {
        return db.transaction(s -> s.createMutationQuery("delete from TranscriptRequestEntity r" + OF_THE_PERSON)
                .setParameter("ids", PersonalRows.conversations(person))
                .setParameter("emails", PersonalRows.emails(person))
                .executeUpdate());
    }
}
