package dev.livechat.adapter.persistence;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@EnabledIfSystemProperty(named = "livechat.test.postgres", matches = "true")
class PostgresConcurrentWritesTest extends ConcurrentWritesContract {
    PostgresSchema schema;

    @Override
    JpaStorage open() {
        schema = new PostgresSchema();
        return JpaStorage.open(schema.settings());
    }

    @AfterEach
    void dropSchema() {
        schema.close();
    }
}
