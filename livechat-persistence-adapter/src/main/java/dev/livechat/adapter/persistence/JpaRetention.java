package dev.livechat.adapter.persistence;

import dev.livechat.domain.port.out.RetentionPort;
import dev.livechat.domain.privacy.Erased;
import java.time.Instant;
import java.util.List;
import org.hibernate.StatelessSession;

/**
 * Retention in SQL, one transaction per batch. A conversation is claimed by the update that sets
 * its {@code text_erased_at} while still null: under the row's lock, so with several instances (or a
 * concurrent edit of the conversation) exactly one erases it and the others skip it. Batches take
 * conversations in (close time, id) order, so two instances lock rows in the same order and never
 * deadlock. Only text changes: the conversation row keeps its outcome, times and counts, and the
 * message rows stay (their number is a statistic too). Attachments are the domain's
 * {@code RetentionService}'s to erase, through the attachment store that holds their bytes.
 */
public final class JpaRetention implements RetentionPort {
    private final Database db;

    JpaRetention(Database db) {
        this.db = db;
    }

    @Override
    public int eraseConversationsClosedBefore(Instant cutoff, Instant now, int max) {
        return db.transaction(s -> eraseBatch(s, cutoff, now, max));
    }

    private static int eraseBatch(StatelessSession s, Instant cutoff, Instant now, int max) {
        List<Object[]> due = s.createNativeQuery(
                        "select c.id, c.log_key from conversations c"
                                + " where c.text_erased_at is null and c.closed_ms < :cutoff"
                                + " order by c.closed_ms, c.id",
                        Object[].class)
                .setParameter("cutoff", cutoff.toEpochMilli())
                .setMaxResults(max)
                .getResultList();
        int erased = 0;
        for (Object[] row : due) {
            if (!claim(s, (String) row[0], now)) continue; // another instance erased it meanwhile
            long logKey = ((Number) row[1]).longValue();
            eraseMessageBodies(s, logKey);
            erased++;
        }
        return erased;
    }

    private static boolean claim(StatelessSession s, String id, Instant now) {
        return s.createNativeMutationQuery("update conversations set text_erased_at = :now"
                                + " where id = :id and text_erased_at is null")
                        .setParameter("now", Times.stored(now))
                        .setParameter("id", id)
                        .executeUpdate()
                == 1;
    }

    private static void eraseMessageBodies(StatelessSession s, long logKey) {
        s.createNativeMutationQuery("update messages set body = :erased where log_key = :key and body <> :erased")
                .setParameter("erased", Erased.TEXT)
                .setParameter("key", logKey)
                .executeUpdate();
    }
}
