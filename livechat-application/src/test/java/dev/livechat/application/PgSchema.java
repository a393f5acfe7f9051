package dev.livechat.application;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh schema on the test PostgreSQL ({@code -Ppostgres} sets {@code livechat.test.pg.*}), so
 * that runs and test classes never see each other's rows; dropped with everything in it on close.
 */
final class PgSchema implements AutoCloseable {
    final String url = System.getProperty("livechat.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    final String user = System.getProperty("livechat.test.pg.user", "postgres");
    final String password = System.getProperty("livechat.test.pg.password", "");
    final String name =
            "lc_app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    PgSchema() {
        execute("create schema " + name);
    }

    static boolean enabled() {
        return "true".equals(System.getProperty("livechat.test.postgres"));
    }

    /** The JDBC URL of the schema, optionally through another host and port (a proxy). */
    String jdbcUrl() {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    String jdbcUrlThrough(String host, int port) {
        URI server = URI.create(url.substring("jdbc:".length()));
        String query = server.getRawQuery() == null ? "" : server.getRawQuery() + "&";
        return "jdbc:postgresql://" + host + ":" + port + server.getRawPath() + "?" + query + "currentSchema=" + name;
    }

    /** Where the server is: host and port. */
    String host() {
        return server().getHost();
    }

    int port() {
        int port = server().getPort();
        return port < 0 ? 5432 : port;
    }

    private URI server() {
        return URI.create(url.substring("jdbc:".length()));
    }

    /** LIVECHAT_DB_* for this schema. */
    String[] env(String jdbcUrl) {
        return new String[] {"LIVECHAT_DB_URL", jdbcUrl, "LIVECHAT_DB_USER", user, "LIVECHAT_DB_PASSWORD", password};
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
