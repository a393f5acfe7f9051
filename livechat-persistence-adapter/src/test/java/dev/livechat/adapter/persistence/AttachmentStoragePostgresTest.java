package dev.livechat.adapter.persistence;

import dev.livechat.testsupport.PgSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Attachments on PostgreSQL (mvn -Ppostgres): a schema of its own, emptied before each test. */
@EnabledIfSystemProperty(named = "livechat.test.postgres", matches = "true")
class AttachmentStoragePostgresTest extends AttachmentStorageContract {
    static PgSchema schema;
    static JpaStorage storage;

    @BeforeAll
    static void open() {
        schema = new PgSchema();
        storage = JpaStorage.open(DatabaseSettings.postgres(schema.jdbcUrl(), schema.user(), schema.password()));
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
    protected JpaStorage emptyStorage() {
        Tables.wipe(DatabaseSettings.postgres(schema.jdbcUrl(), schema.user(), schema.password()));
        return storage;
    }
}
