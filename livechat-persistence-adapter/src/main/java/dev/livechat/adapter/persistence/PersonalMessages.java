package dev.livechat.adapter.persistence;

import static dev.livechat.adapter.persistence.PersonalRows.row;

import dev.livechat.domain.port.out.PersonalDataPort;
import dev.livechat.domain.privacy.Erased;
import dev.livechat.domain.privacy.Person;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The messages of the person's conversations, both sides (an operator's reply quotes or names the
 * visitor): bodies become "[erased]", the visitor's name as author too; the rows, their order, time
 * and author kind stay, so message counts and response times are unchanged.
 */
final class PersonalMessages implements PersonalDataPort {
    private static final String OF_THE_PERSON =
            " m.logKey in (select c.logKey from ConversationEntity c where c.id in :ids)";

    private final Database db;

    PersonalMessages(Database db) {
        this.db = db;
    }

    @Override
    public String section() {
        return "messages";
    }

    @Override
    public List<Map<String, Object>> export(Person person) {
        return db.transaction(s -> s
                .createSelectionQuery(
                        "select c.id, m from MessageEntity m join ConversationEntity c on c.logKey = m.logKey"
                                + " where c.id in :ids order by c.startedAt, c.id, m.seq",
                        Object[].class)
                .setParameter("ids", PersonalRows.conversations(person))
                .getResultList()
                .stream()
                .map(r -> {
                    MessageEntity m = (MessageEntity) r[1];
                    return row(
                            "conversationId", r[0],
                            "seq", m.seq,
                            "authorKind", m.authorKind,
                            "author", m.authorName,
                            "body", m.body,
                            "sentAt", m.sentAt);
                })
                .toList());
    }

    @Override
    public int erase(Person person, Instant at) {
        return db.transaction(s -> s.createMutationQuery("update MessageEntity m set m.body = :erased,"
                        + " m.authorName = case when m.authorKind = 'VISITOR' then :erased else m.authorName end"
                        + " where (m.body <> :erased or (m.authorKind = 'VISITOR' and m.authorName <> :erased))"
                        + " and" + OF_THE_PERSON)
                .setParameter("erased", Erased.TEXT)
                .setParameter("ids", PersonalRows.conversations(person))
                .executeUpdate());
    }
}
