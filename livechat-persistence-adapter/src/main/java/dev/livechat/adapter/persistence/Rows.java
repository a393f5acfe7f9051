package dev.livechat.adapter.persistence;

import org.hibernate.StatelessSession;

/**
 * Insert-or-replace of one row by its id, as a read then an INSERT or an UPDATE. Hibernate's own
 * upsert is avoided on purpose: on H2 its MERGE casts parameters to the mapped length (255 by
 * default) and silently cuts longer text. A concurrent insert of the same id fails on the key; the
 * callers retry once, and then update.
 */
final class Rows {
    private Rows() {}

    static void put(StatelessSession session, Object row, Object id) {
        if (session.get(row.getClass(), id) == null) session.insert(row);
        else session.update(row);
    }
}
