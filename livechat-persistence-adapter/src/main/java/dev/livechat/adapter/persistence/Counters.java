package dev.livechat.adapter.persistence;

import org.hibernate.StatelessSession;

/**
 * Named counters advanced inside the caller's transaction. The UPDATE takes the counter's row lock
 * until commit, so values are handed out without gaps and become visible in the order given.
 */
final class Counters {
    static final String TICKET_WRITES = "ticket_writes";

    private Counters() {}

    /** Advances the counter by {@code count} and returns its new value (the last of the values taken). */
    static long advance(StatelessSession session, String name, int count) {
        int updated = session.createMutationQuery(
                        "update CounterEntity c set c.currentValue = c.currentValue + :count where c.name = :name")
                .setParameter("count", (long) count)
                .setParameter("name", name)
                .executeUpdate();
        if (updated != 1) throw new IllegalStateException("counter " + name + " is missing: was the schema migrated?");
        return current(session, name);
    }

    static long current(StatelessSession session, String name) {
        return session.createSelectionQuery(
                        "select c.currentValue from CounterEntity c where c.name = :name", Long.class)
                .setParameter("name", name)
                .getSingleResult();
    }
}
