package dev.livechat.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.hibernate.StatelessSession;
import org.hibernate.jdbc.ReturningWork;

/**
 * One open transaction: its session, and the conversation rows it loaded for update, so that the
 * save writes only the columns that changed (a message post must not rewrite the history, the
 * assignment trace and the chatbot answers) without reading the row again.
 */
final class Unit {
    private final StatelessSession session;
    private final boolean postgres;
    private final String origin;
    private final UnaryOperator<Connection> counted;
    private final Map<String, ConversationEntity> loaded = new HashMap<>();
    private final List<Runnable> afterCompletion = new ArrayList<>();
    private final List<Runnable> afterCommit = new ArrayList<>();

    /** {@code counted} wraps the connection of plain JDBC work so that its statements count as Hibernate's do. */
    Unit(StatelessSession session, boolean postgres, String origin, UnaryOperator<Connection> counted) {
        this.session = session;
        this.postgres = postgres;
        this.origin = origin;
        this.counted = counted;
    }

    /** The next {@code count} event positions, from the database's sequence, in one statement; on PostgreSQL it also notifies the other instances. */
    List<Long> nextEventPositions(int count) {
        String sql = postgres
                // the NOTIFY rides along (PostgreSQL sends it at commit, once per transaction), naming
                // this storage so that its own listener can tell it from another instance's
                ? "select nextval('events_position') from generate_series(1, ?), pg_notify('"
                        + EventNotifications.CHANNEL + "', '" + origin + "')"
                : "select next value for events_position from system_range(1, ?)";
        return jdbc(c -> {
            List<Long> positions = new ArrayList<>(count);
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                statement.setInt(1, count);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) positions.add(rows.getLong(1));
                }
            }
            positions.sort(null);
            return positions;
        });
    }

    /** Plain JDBC on this transaction's connection (see {@link Jdbc} for why). */
    <T> T jdbc(ReturningWork<T> work) {
        return session.doReturningWork(c -> work.execute(counted.apply(c)));
    }

    /** Runs the action once the transaction committed; never if it rolls back. */
    void afterCommit(Runnable action) {
        afterCommit.add(action);
    }

    void committed() {
        afterCommit.forEach(Runnable::run);
    }

    /** Runs the action when the transaction is over, committed or rolled back. */
    void afterCompletion(Runnable action) {
        afterCompletion.add(action);
    }

    void completed() {
        afterCompletion.forEach(Runnable::run);
    }

    boolean postgres() {
        return postgres;
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
