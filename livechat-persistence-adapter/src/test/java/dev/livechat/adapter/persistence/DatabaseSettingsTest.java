package dev.livechat.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {
    @Test
    void theEmbeddedDefaultIsAnH2FileThatOnlyTheStorageCloses() {
        DatabaseSettings settings = DatabaseSettings.h2File(Path.of("/var/lib/livechat"));

        assertThat(settings.jdbcUrl()).startsWith("jdbc:h2:file:/var/lib/livechat/livechat;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(settings.user()).isEqualTo("sa");
        assertThat(settings.maxPoolSize()).isEqualTo(DatabaseSettings.DEFAULT_POOL_SIZE);
        assertThat(settings.connectionTimeout()).isEqualTo(DatabaseSettings.DEFAULT_CONNECTION_TIMEOUT);
    }

    @Test
    void onlyTheEmbeddedFileIsMigratedWithItsWritesLeftToH2sBackgroundWriter() {
        DatabaseSettings embedded = DatabaseSettings.h2File(Path.of("/var/lib/livechat"));
        assertThat(embedded.jdbcUrl()).contains(";WRITE_DELAY=0;");
        assertThat(embedded.migrationUrl())
                .isEqualTo(embedded.jdbcUrl().replace(";WRITE_DELAY=0;", ";WRITE_DELAY=1000;"));

        for (String other : new String[] {
            "jdbc:postgresql://db:5432/livechat", "jdbc:h2:tcp://db/livechat;WRITE_DELAY=0;X=1", "jdbc:h2:mem:x"
        }) assertThat(new DatabaseSettings(other, "u", "", 2).migrationUrl()).isEqualTo(other);
    }

    @Test
    void postgresTakesAPostgresUrlAndNeverShowsThePassword() {
        DatabaseSettings settings = DatabaseSettings.postgres(
                        "jdbc:postgresql://db:5432/livechat", "livechat", "s3cret")
                .withMaxPoolSize(20);

        assertThat(settings.maxPoolSize()).isEqualTo(20);
        assertThat(settings.toString())
                .contains("jdbc:postgresql://db:5432/livechat")
                .doesNotContain("s3cret");
        assertThat(DatabaseSettings.postgres("jdbc:postgresql://db/x", "u", null)
                        .password())
                .isEmpty();
        assertThatThrownBy(() -> DatabaseSettings.postgres("jdbc:h2:mem:x", "u", "p"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPoolNeedsAConnectionAndASensibleTimeout() {
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:h2:mem:x", "sa", "", 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:h2:mem:x", "sa", "", 1, Duration.ofMillis(10)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DatabaseSettings("h2:mem:x", "sa", "", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
