package dev.livechat.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.error.DependencyUnavailableException;
import dev.livechat.domain.fixtures.OperatorFixtures;
import dev.livechat.domain.operator.UserId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database that cannot be reached is a DependencyUnavailableException("database"), never a JDBC or Hibernate one. */
class DatabaseUnavailableTest {
    @TempDir
    Path dir;

    @Test
    void aDatabaseThatIsGoneMakesEveryCallFailAsUnavailableAndHealthFalse() throws Exception {
        DatabaseSettings created = DatabaseSettings.h2File(dir);
        JpaStorage.open(created).close();
        // IFEXISTS: once the file is gone the pool cannot quietly create a new, empty database
        DatabaseSettings existing =
                new DatabaseSettings(created.jdbcUrl() + ";IFEXISTS=TRUE", "sa", "", 2, Duration.ofMillis(500));

        try (JpaStorage storage = JpaStorage.open(existing)) {
            assertThat(storage.healthy()).isTrue();
            assertThat(storage.operators().find(UserId.of("u1"))).isEmpty();

            shutDownAndDelete(existing, dir);

            assertThat(storage.healthy()).isFalse();
            assertThatThrownBy(() -> storage.conversations().load(ConversationId.of("k1")))
                    .isInstanceOf(DependencyUnavailableException.class)
                    .satisfies(e -> assertThat(((DependencyUnavailableException) e).dependency())
                            .isEqualTo("database"));
            assertThatThrownBy(() -> storage.operators()
                            .save(OperatorFixtures.operator("u1", "Ana").build()))
                    .isInstanceOf(DependencyUnavailableException.class);
            assertThatThrownBy(() -> storage.events().lastPosition())
                    .isInstanceOf(DependencyUnavailableException.class);
        }
    }

    @Test
    void aDatabaseThatCannotBeReachedAtStartIsUnavailable() {
        DatabaseSettings nowhere = DatabaseSettings.postgres("jdbc:postgresql://127.0.0.1:1/none", "postgres", "")
                .withConnectionTimeout(Duration.ofMillis(500));

        assertThatThrownBy(() -> JpaStorage.open(nowhere))
                .isInstanceOf(DependencyUnavailableException.class)
                .hasMessageStartingWith("database is unavailable");
    }

    @Test
    void aClosedStorageRefusesCallsAndIsNotHealthy() {
        JpaStorage storage = JpaStorage.open(DatabaseSettings.h2File(dir));
        storage.close();

        assertThat(storage.healthy()).isFalse();
        assertThatThrownBy(() -> storage.events().lastPosition()).isInstanceOf(IllegalStateException.class);
        storage.close(); // a second close does nothing
    }

    private static void shutDownAndDelete(DatabaseSettings settings, Path dir) throws SQLException, IOException {
        try (Connection connection =
                        DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement statement = connection.createStatement()) {
            statement.execute("shutdown");
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) Files.delete(file);
        }
    }
}
