package dev.livechat.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.testsupport.PgSchema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** What the migrations leave on PostgreSQL where they differ from the embedded file. */
@EnabledIfSystemProperty(named = "livechat.test.postgres", matches = "true")
class PostgresSchemaTest {
    @Test
    void eventPositionsAreNotReservedPerConnection() throws SQLException {
        try (PgSchema schema = new PgSchema()) {
            JpaStorage.open(DatabaseSettings.postgres(schema.jdbcUrl(), schema.user(), schema.password()))
                    .close();
            // a cache would be each connection's own: positions handed out far out of order
            try (Connection connection =
                            DriverManager.getConnection(schema.jdbcUrl(), schema.user(), schema.password());
                    Statement sql = connection.createStatement();
                    ResultSet rows = sql.executeQuery("select cache_size from pg_sequences where schemaname = '"
                            + schema.name() + "' and sequencename = 'events_position'")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getLong(1)).isEqualTo(1);
            }
        }
    }
}
