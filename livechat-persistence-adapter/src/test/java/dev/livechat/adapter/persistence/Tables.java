package dev.livechat.adapter.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Empties every table of a migrated database (children first) and resets the counters: a fresh storage per test. */
final class Tables {
    private static final String[] IN_DELETE_ORDER = {
        "attachments",
        "webhook_deliveries",
        "webhook_subscriptions",
        "webhooks",
        "transcript_requests",
        "offline_messages",
        "events",
        "conversation_history",
        "messages",
        "conversation_participants",
        "conversation_tags",
        "conversation_expertise",
        "visitor_tokens",
        "conversation_activity",
        "conversations",
        "operator_channels",
        "user_tokens",
        "operators",
        "channels",
        "tags",
        "canned_responses",
        "expertise",
        "tickets",
        "contacts"
    };

    private Tables() {}

    static void wipe(DatabaseSettings settings) {
        try (Connection connection =
                        DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement statement = connection.createStatement()) {
            for (String table : IN_DELETE_ORDER) statement.executeUpdate("delete from " + table);
            statement.executeUpdate("update counters set current_value = 0");
            statement.executeUpdate("alter sequence events_position restart with 1");
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the test database", e);
        }
    }
}
