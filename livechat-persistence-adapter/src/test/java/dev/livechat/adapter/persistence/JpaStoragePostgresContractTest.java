package dev.livechat.adapter.persistence;

import dev.livechat.domain.fixtures.contract.StoragePortsContract;
import dev.livechat.domain.port.out.Storage;
import dev.livechat.testsupport.PgSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The storage contract on PostgreSQL (mvn -Ppostgres): a fresh schema for the class, emptied
 * before each test, dropped at the end.
 */
@EnabledIfSystemProperty(named = "livechat.test.postgres", matches = "true")
class JpaStoragePostgresContractTest extends StoragePortsContract {
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
    protected Storage emptyStorage() {
        Tables.wipe(DatabaseSettings.postgres(schema.jdbcUrl(), schema.user(), schema.password()));
        return storage.ports();
    }
}
