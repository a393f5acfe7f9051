package dev.livechat.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.livechat.testsupport.PgSchema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service's Hibernate neither reads the JDBC metadata nor validates the schema as it boots
 * ({@link HibernateBoot}: it boots while Flyway migrates): here, in every build, Hibernate validates
 * the entities against the schema the migrations make, on H2 and on PostgreSQL.
 */
class SchemaValidationTest {
    @TempDir
    Path dir;

    @Test
    void theEntitiesMatchTheMigratedSchemaOnH2() {
        DatabaseSettings settings = DatabaseSettings.h2File(dir);
        JpaStorage.open(settings).close();

        assertThatCode(() -> validate(settings)).doesNotThrowAnyException();
    }

    @Test
    @EnabledIfSystemProperty(named = "livechat.test.postgres", matches = "true")
    void theEntitiesMatchTheMigratedSchemaOnPostgres() {
        try (PgSchema schema = new PgSchema()) {
            DatabaseSettings settings = DatabaseSettings.postgres(schema.jdbcUrl(), schema.user(), schema.password());
            JpaStorage.open(settings).close();

            assertThatCode(() -> validate(settings)).doesNotThrowAnyException();
        }
    }

    @Test
    void aSchemaThatDoesNotMatchTheEntitiesFailsTheValidation() throws SQLException {
        DatabaseSettings settings = DatabaseSettings.h2File(dir);
        JpaStorage.open(settings).close();
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement s = c.createStatement()) {
            s.execute("alter table channels drop column max_sessions");
        }

        assertThatThrownBy(() -> validate(settings))
                .hasStackTraceContaining("max_sessions")
                .hasStackTraceContaining("missing column");
    }

    private static void validate(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setAutoCommit(false);
        try (HikariDataSource pool = new HikariDataSource(config);
                SessionFactory sessions = HibernateBoot.sessionFactory(pool, settings, false, true)) {
            sessions.getStatistics(); // built: the validation passed
        }
    }
}
