package dev.livechat.adapter.persistence;

import static dev.livechat.adapter.persistence.PersonalRows.row;

import dev.livechat.domain.port.out.PersonalDataPort;
import dev.livechat.domain.privacy.Erased;
import dev.livechat.domain.privacy.Person;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The visitor's ratings of their conversations: the comment is the person's text and becomes
 * "[erased]"; the score and its time stay (the reports' average rating is a statistic).
 */
final class PersonalRatings implements PersonalDataPort {
    private final Database db;

    PersonalRatings(Database db) {
        this.db = db;
    }

    @Override
    public String section() {
        return "ratings";
    }

    @Override
    public List<Map<String, Object>> export(Person person) {
        return db.transaction(s -> s
                .createSelectionQuery(
                        "from ConversationEntity c where c.id in :ids and c.ratedAt is not null order by c.ratedAt",
                        ConversationEntity.class)
                .setParameter("ids", PersonalRows.conversations(person))
                .getResultList()
                .stream()
                .map(c -> row(
                        "conversationId",
                        c.id,
                        "score",
                        c.ratingScore,
                        "comment",
                        c.ratingComment,
                        "ratedAt",
                        c.ratedAt))
                .toList());
    }

    @Override
    public int erase(Person person, Instant at) {
        return db.transaction(s -> {
            List<String> rated = s.createSelectionQuery(
                            "select c.id from ConversationEntity c where c.id in :ids"
                                    + " and c.ratingComment is not null and c.ratingComment <> :erased",
                            String.class)
                    .setParameter("erased", Erased.TEXT)
                    .setParameter("ids", PersonalRows.conversations(person))
                    .getResultList();
            if (rated.isEmpty()) return 0;
            ConversationVersions.raise(s, rated);
            return s.createMutationQuery("update ConversationEntity c set c.ratingComment = :erased where c.id in :ids")
                    .setParameter("erased", Erased.TEXT)
                    .setParameter("ids", rated)
                    .executeUpdate();
        });
    }
}
