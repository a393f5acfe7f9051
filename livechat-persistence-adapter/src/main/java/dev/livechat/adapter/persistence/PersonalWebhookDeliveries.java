package dev.livechat.adapter.persistence;

import dev.livechat.domain.port.out.PersonalDataPort;
import dev.livechat.domain.privacy.Person;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The webhook outbox's copies of the person's conversations' events (message bodies, names): copies
 * only, so nothing of them is exported, and erasure deletes them, delivered or not (a receiver's own
 * copy is the receiver's to erase).
 */
final class PersonalWebhookDeliveries implements PersonalDataPort {
    private final Database db;

    PersonalWebhookDeliveries(Database db) {
        this.db = db;
    }

    @Override
    public String section() {
        return "webhookDeliveries";
    }

    @Override
    public List<Map<String, Object>> export(Person person) {
        return List.of();
    }

    @Override
    public int erase(Person person, Instant at) {
        return db.transaction(
                s -> s.createNativeMutationQuery("delete from webhook_deliveries where ordering_key in (:ids)")
                        .setParameter("ids", PersonalRows.conversations(person))
                        .executeUpdate());
    }
}
