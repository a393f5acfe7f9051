package dev.livechat.adapter.persistence;

import dev.livechat.testsupport.PgSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** {@link WebhookOutboxContract} on the embedded H2 file and, with -Ppostgres, on PostgreSQL. */
class WebhookOutboxTest {
    @Nested
    class OnH2 extends WebhookOutboxContract {
        @TempDir
        Path dir;

        JpaStorage storage;

        @Override
        JpaStorage emptyStorage() {
            storage = JpaStorage.open(DatabaseSettings.h2File(dir));
            return storage;
        }

        @Override
        JpaStorage anotherStorage(LongSupplier ticker) {
            return opened(JpaStorage.open(DatabaseSettings.h2File(dir), ticker));
        }

        @Override
        DatabaseSettings databaseSettings() {
            return DatabaseSettings.h2File(dir);
        }

        @AfterEach
        void close() {
            closeOthers();
            if (storage != null) storage.close();
        }
    }

    @Nested
    @EnabledIfSystemProperty(named = "livechat.test.postgres", matches = "true")
    class OnPostgres extends WebhookOutboxContract {
        @Override
        JpaStorage emptyStorage() {
            Tables.wipe(settings());
            return Pg.storage;
        }

        @Override
        JpaStorage anotherStorage(LongSupplier ticker) {
            return opened(JpaStorage.open(settings(), ticker));
        }

        @Override
        DatabaseSettings databaseSettings() {
            return settings();
        }

        @AfterEach
        void close() {
            closeOthers();
        }
    }

    /** The further storages a test opened, closed after it. */
    private final List<JpaStorage> others = new ArrayList<>();

    JpaStorage opened(JpaStorage storage) {
        others.add(storage);
        return storage;
    }

    void closeOthers() {
        others.forEach(JpaStorage::close);
        others.clear();
    }

    private static DatabaseSettings settings() {
        return DatabaseSettings.postgres(Pg.schema.jdbcUrl(), Pg.schema.user(), Pg.schema.password());
    }

    /** One schema for the class, opened lazily so that H2 runs need no PostgreSQL. */
    static final class Pg {
        static PgSchema schema;
        static JpaStorage storage;
    }

    @BeforeAll
    static void openPostgres() {
        if (!"true".equals(System.getProperty("livechat.test.postgres"))) return;
        Pg.schema = new PgSchema();
        Pg.storage = JpaStorage.open(settings());
    }

    @AfterAll
    static void closePostgres() {
        if (Pg.storage != null) Pg.storage.close();
        if (Pg.schema != null) Pg.schema.close();
    }
}
