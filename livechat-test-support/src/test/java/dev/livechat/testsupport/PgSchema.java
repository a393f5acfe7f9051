package dev.livechat.testsupport;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh schema on the test PostgreSQL ({@code -Ppostgres} sets {@code livechat.test.pg.*}), so
 * that runs and test classes never see each other's rows; dropped with everything in it on close.
 * The PostgreSQL JDBC driver comes from the test's own classpath.
 */
public final class PgSchema implements AutoCloseable {
    private final String url = System.getProperty("livechat.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    private final String user = System.getProperty("livechat.test.pg.user", "postgres");
    private final String password = System.getProperty("livechat.test.pg.password", "");
    private final String name =
            "lc_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

    public PgSchema() {
        execute("create schema " + name);
    }

    /** Whether the PostgreSQL tests run ({@code mvn verify -Ppostgres}). */
    public static boolean enabled() {
        return "true".equals(System.getProperty("livechat.test.postgres"));
    }

    public String name() {
        return name;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** The JDBC URL of the schema. */
    public String jdbcUrl() {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    /** The JDBC URL of the schema through another host and port (a proxy in front of the server). */
    public String jdbcUrlThrough(String host, int port) {
        URI server = server();
        String query = server.getRawQuery() == null ? "" : server.getRawQuery() + "&";
        return "jdbc:postgresql://" + host + ":" + port + server.getRawPath() + "?" + query + "currentSchema=" + name;
    }

    /** Where the server is: host and port. */
    public String host() {
        return server().getHost();
    }

    public int port() {
        int port = server().getPort();
        return port < 0 ? 5432 : port;
    }

    /** The service's environment variables (LIVECHAT_DB_*) for this schema at this JDBC URL. */
    public String[] env(String jdbcUrl) {
        return new String[] {"LIVECHAT_DB_URL", jdbcUrl, "LIVECHAT_DB_USER", user, "LIVECHAT_DB_PASSWORD", password};
    }

    @Override
    public void close() {
        execute("drop schema " + name + " cascade");
    }

    private URI server() {
        return URI.create(url.substring("jdbc:".length()));
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
