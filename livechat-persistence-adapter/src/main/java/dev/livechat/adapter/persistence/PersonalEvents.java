package dev.livechat.adapter.persistence;

import dev.livechat.domain.port.out.PersonalDataPort;
import dev.livechat.domain.privacy.Person;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Copies of the person's data in the event log (the visitor's name in a start, the actor of a
 * visitor's change, a note's text) and in the history (a transcript's delivery detail, which may
 * quote the mail server on the address). The events of the person's conversations are deleted:
 * their subscribers have had them, and a stream resumed later skips them as it skips trimmed ones.
 * The history keeps its lines without the detail. Nothing is exported: these are copies.
 */
final class PersonalEvents implements PersonalDataPort {
    private final Database db;

    PersonalEvents(Database db) {
        this.db = db;
    }

    @Override
    public String section() {
        return "events";
    }

    @Override
    public List<Map<String, Object>> export(Person person) {
        return List.of();
    }

    @Override
    public int erase(Person person, Instant at) {
        return db.transaction(s -> {
            int events = s.createMutationQuery("delete from EventEntity e where e.conversationId in :ids")
                    .setParameter("ids", PersonalRows.conversations(person))
                    .executeUpdate();
            int lines = 0;
            for (HistoryEntity line : s.createSelectionQuery(
                            "from HistoryEntity h where h.logKey in (select c.logKey from ConversationEntity c"
                                    + " where c.id in :ids) and h.type = 'transcript.state'",
                            HistoryEntity.class)
                    .setParameter("ids", PersonalRows.conversations(person))
                    .getResultList()) {
                Map<String, Object> details = Json.map(line.details);
                if (details.remove("detail") == null) continue;
                lines += s.createMutationQuery("update HistoryEntity h set h.details = :details"
                                + " where h.logKey = :key and h.position = :p")
                        .setParameter("details", Json.write(details))
                        .setParameter("key", line.logKey)
                        .setParameter("p", line.position)
                        .executeUpdate();
            }
            return events + lines;
        });
    }
}
