package dev.livechat.adapter.persistence;

import static dev.livechat.adapter.persistence.PersonalRows.row;

import dev.livechat.domain.port.out.PersonalDataPort;
import dev.livechat.domain.privacy.Person;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The offline messages a person left (by the address they gave): deleted whole on erasure, as
 * transcripts are, with the webhook deliveries that carry them. No statistic counts them.
 */
final class PersonalOfflineMessages implements PersonalDataPort {
    private final Database db;

    PersonalOfflineMessages(Database db) {
        this.db = db;
    }

    @Override
    public String section() {
        return "offlineMessages";
    }

    @Override
    public List<Map<String, Object>> export(Person person) {
        return db.transaction(s -> s
                .createSelectionQuery(
                        "from OfflineMessageEntity m where lower(m.email) in :emails order by m.receivedAt",
                        OfflineMessageEntity.class)
                .setParameter("emails", PersonalRows.emails(person))
                .getResultList()
                .stream()
                .map(m -> row(
                        "id", m.id,
                        "channelId", m.channelId,
                        "name", m.name,
                        "email", m.email,
                        "message", m.message,
                        "receivedAt", m.receivedAt,
                        "handledByName", m.handledByName,
                        "handledAt", m.handledAt))
                .toList());
    }

    @Override
    public int erase(Person person, Instant at) {
        return db.transaction(s -> {
            List<String> ids = s.createSelectionQuery(
                            "select m.id from OfflineMessageEntity m where lower(m.email) in :emails", String.class)
                    .setParameter("emails", PersonalRows.emails(person))
                    .getResultList();
            int rows = 0;
            for (String id : ids) {
                // an offline message's deliveries have no conversation: its id is in their body
                rows += s.createNativeMutationQuery("delete from webhook_deliveries where ordering_key is null"
                                + " and event_name = 'offline-message.created' and body like :id")
                        .setParameter("id", "%" + id + "%")
                        .executeUpdate();
                rows += s.createMutationQuery("delete from OfflineMessageEntity m where m.id = :id")
                        .setParameter("id", id)
                        .executeUpdate();
            }
            return rows;
        });
    }
}
