package dev.livechat.adapter.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.StatelessSession;

/**
 * One open transaction: its session, and the conversation rows it loaded for update, so that the
 * save writes only the columns that changed (a message post must not rewrite the history, the
 * assignment trace and the chatbot answers) without reading the row again.
 */
final class Unit {
    private final StatelessSession session;
    private final boolean postgres;
    private final String origin;
    private final Map<String, ConversationEntity> loaded = new HashMap<>();
    private final List<Runnable> afterCompletion = new ArrayList<>();

    Unit(StatelessSession session, boolean postgres, String origin) {
        this.session = session;
        this.postgres = postgres;
        this.origin = origin;
    }

    /** The next {@code count} event positions, from the database's sequence, in one statement; on PostgreSQL it also notifies the other instances. */
    List<Long> nextEventPositions(int count) {
        String sql = postgres
                // the NOTIFY rides along (PostgreSQL sends it at commit, once per transaction), naming
                // this storage so that its own listener can tell it from another instance's
                ? "select nextval('events_position') from generate_series(1, :n), pg_notify('"
                        + EventNotifications.CHANNEL + "', '" + origin + "')"
                : "select next value for events_position from system_range(1, :n)";
        return session.createNativeQuery(sql, Long.class).setParameter("n", count).getResultList().stream()
                .sorted()
                .toList();
    }

    /** Runs the action when the transaction is over, committed or rolled back. */
    void afterCompletion(Runnable action) {
        afterCompletion.add(action);
    }

    void completed() {
        afterCompletion.forEach(Runnable::run);
    }

    StatelessSession session() {
        return session;
    }

    void loaded(ConversationEntity row) {
        loaded.put(row.id, row);
    }

    /** The row as this transaction read it under its lock, if it did. */
    Optional<ConversationEntity> loadedRow(String id) {
        return Optional.ofNullable(loaded.get(id));
    }
}
