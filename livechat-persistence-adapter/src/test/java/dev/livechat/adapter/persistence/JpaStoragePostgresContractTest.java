package dev.livechat.adapter.persistence;

import dev.livechat.domain.fixtures.contract.StoragePortsContract;
import dev.livechat.domain.port.out.Storage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The storage contract on PostgreSQL (mvn -Ppostgres): a fresh schema for the class, emptied
 * before each test, dropped at the end.
 */
@EnabledIfSystemProperty(named = "livechat.test.postgres", matches = "true")
class JpaStoragePostgresContractTest extends StoragePortsContract {
    static PostgresSchema schema;
    static JpaStorage storage;

    @BeforeAll
    static void open() {
        schema = new PostgresSchema();
        storage = JpaStorage.open(schema.settings());
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
        Tables.wipe(schema.settings());
        return storage.ports();
    }
}
