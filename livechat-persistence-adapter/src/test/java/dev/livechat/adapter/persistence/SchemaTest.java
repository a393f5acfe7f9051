package dev.livechat.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema comes from Flyway's migrations alone; Hibernate only validates it. */
class SchemaTest {
    @TempDir
    Path dir;

    @Test
    void migrationsRunOnceAndAReopenAppliesNothingNew() throws SQLException {
        DatabaseSettings settings = DatabaseSettings.h2File(dir);
        JpaStorage.open(settings).close();
        JpaStorage.open(settings).close();

        assertThat(
                        query(
                                settings,
                                "select \"version\" from \"flyway_schema_history\" where \"success\" = true and \"version\" is not null"))
                .containsExactly("1");
    }

    @Test
    void hibernateRefusesASchemaThatDoesNotMatchTheEntities() throws SQLException {
        DatabaseSettings settings = DatabaseSettings.h2File(dir);
        JpaStorage.open(settings).close();
        execute(settings, "alter table channels drop column max_sessions");

        assertThatThrownBy(() -> JpaStorage.open(settings))
                .hasStackTraceContaining("max_sessions")
                .hasStackTraceContaining("missing column");
    }

    private static List<String> query(DatabaseSettings settings, String sql) throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) values.add(rows.getString(1));
            return values;
        }
    }

    private static void execute(DatabaseSettings settings, String sql) throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
