package dev.livechat.adapter.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh schema on the test PostgreSQL (-Ppostgres sets livechat.test.pg.*), so that runs and
 * test classes never see each other's rows; dropped with everything in it on close.
 */
final class PostgresSchema implements AutoCloseable {
    private final String url = System.getProperty("livechat.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    private final String user = System.getProperty("livechat.test.pg.user", "postgres");
    private final String password = System.getProperty("livechat.test.pg.password", "");
    private final String name =
            "lc_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

    PostgresSchema() {
        execute("create schema " + name);
    }

    static boolean enabled() {
        return "true".equals(System.getProperty("livechat.test.postgres"));
    }

    String name() {
        return name;
    }

    DatabaseSettings settings() {
        String separator = url.contains("?") ? "&" : "?";
        return DatabaseSettings.postgres(url + separator + "currentSchema=" + name, user, password);
    }

    @Override
    public void close() {
        execute("drop schema " + name + " cascade");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + url, e);
        }
    }
}
