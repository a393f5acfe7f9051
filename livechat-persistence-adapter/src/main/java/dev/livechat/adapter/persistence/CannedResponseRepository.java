package dev.livechat.adapter.persistence;

import dev.livechat.domain.canned.CannedResponse;
import dev.livechat.domain.canned.Shortcut;
import dev.livechat.domain.canned.Template;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.StatelessSession;

/** The statements on canned responses. */
final class CannedResponseRepository {
    private CannedResponseRepository() {}

    static Optional<CannedResponse> find(StatelessSession session, Shortcut shortcut) {
        return Optional.ofNullable(session.get(CannedResponseEntity.class, shortcut.key()))
                .map(CannedResponseRepository::response);
    }

    /** Literal prefix (LIKE wildcards escaped: '_' is allowed in shortcuts), case-insensitive, by shortcut. */
    static List<CannedResponse> startingWith(StatelessSession session, String prefix, int limit) {
        if (limit <= 0) return List.of();
        String pattern = prefix.toLowerCase(Locale.ROOT)
                        .replace("!", "!!")
                        .replace("%", "!%")
                        .replace("_", "!_")
                + "%";
        return session
                .createSelectionQuery(
                        "from CannedResponseEntity c where c.shortcutKey like :pattern escape '!' order by c.shortcutKey",
                        CannedResponseEntity.class)
                .setParameter("pattern", pattern)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(CannedResponseRepository::response)
                .toList();
    }

    /** Insert or update; two first writers of one shortcut race on the key, and the loser retries as an update. */
    static void put(StatelessSession session, CannedResponse response) {
        CannedResponseEntity row =
                session.get(CannedResponseEntity.class, response.shortcut().key());
        boolean fresh = row == null;
        if (fresh) {
            row = new CannedResponseEntity();
            row.shortcutKey = response.shortcut().key();
        }
        row.shortcut = response.shortcut().value();
        row.body = response.body().value();
        if (fresh) session.insert(row);
        else session.update(row);
    }

    static boolean remove(StatelessSession session, Shortcut shortcut) {
        return session.createMutationQuery("delete from CannedResponseEntity c where c.shortcutKey = :key")
                        .setParameter("key", shortcut.key())
                        .executeUpdate()
                > 0;
    }

    private static CannedResponse response(CannedResponseEntity row) {
        return new CannedResponse(Shortcut.of(row.shortcut), Template.stored(row.body));
    }
}
