package dev.livechat.adapter.persistence;

import static dev.livechat.adapter.persistence.PersonalRows.row;

import dev.livechat.domain.port.out.PersonalDataPort;
import dev.livechat.domain.privacy.Person;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The person's contact cards and their tickets (copies of a CRM's and a help desk's): deleted. The
 * conversations keep the contact id, which names no one, so an erasure by contact id finds them again.
 */
final class PersonalContacts implements PersonalDataPort {
    private final Database db;

    PersonalContacts(Database db) {
        this.db = db;
    }

    @Override
    public String section() {
        return "contacts";
    }

    @Override
    public List<Map<String, Object>> export(Person person) {
        return db.transaction(s -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ContactEntity c : s.createSelectionQuery(
                            "from ContactEntity c where c.id in :ids order by c.id", ContactEntity.class)
                    .setParameter("ids", PersonalRows.contacts(person))
                    .getResultList()) {
                List<Map<String, Object>> tickets = s
                        .createSelectionQuery(
                                "from TicketEntity t where t.contactId = :id order by t.writeNo", TicketEntity.class)
                        .setParameter("id", c.id)
                        .getResultList()
                        .stream()
                        .map(t -> row(
                                "id",
                                t.id,
                                "reference",
                                t.reference,
                                "title",
                                t.title,
                                "status",
                                t.status,
                                "url",
                                t.url))
                        .toList();
                rows.add(row(
                        "id", c.id,
                        "name", c.name,
                        "email", c.email,
                        "phone", c.phone,
                        "links", Json.list(c.links, Object.class),
                        "tickets", tickets));
            }
            return rows;
        });
    }

    @Override
    public int erase(Person person, Instant at) {
        return db.transaction(s -> {
            int tickets = s.createMutationQuery("delete from TicketEntity t where t.contactId in :ids")
                    .setParameter("ids", PersonalRows.contacts(person))
                    .executeUpdate();
            return tickets
                    + s.createMutationQuery("delete from ContactEntity c where c.id in :ids")
                            .setParameter("ids", PersonalRows.contacts(person))
                            .executeUpdate();
        });
    }
}
