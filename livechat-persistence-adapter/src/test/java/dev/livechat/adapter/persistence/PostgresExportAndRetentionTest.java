package dev.livechat.adapter.persistence;

import dev.livechat.testsupport.PgSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The export and retention on PostgreSQL (mvn -Ppostgres): a fresh schema for the class, emptied before each test. */
@EnabledIfSystemProperty(named = "livechat.test.postgres", matches = "true")
class PostgresExportAndRetentionTest extends ExportAndRetentionContract {
    static PgSchema schema;
    static DatabaseSettings settings;
    static JpaStorage storage;

    @BeforeAll
    static void open() {
        schema = new PgSchema();
        settings = DatabaseSettings.postgres(schema.jdbcUrl(), schema.user(), schema.password());
        storage = JpaStorage.open(settings);
    }

    @AfterAll
    static void close() {
        try {
            storage.close();
        } finally {
            schema.close();
        }
    }

    @Override
    protected JpaStorage storage() {
        return storage;
    }

    @Override
    protected DatabaseSettings settings() {
        return settings;
    }

    @Override
    protected void empty() {
        Tables.wipe(settings);
    }
}
