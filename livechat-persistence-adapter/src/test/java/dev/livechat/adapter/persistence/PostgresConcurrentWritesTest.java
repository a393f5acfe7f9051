package dev.livechat.adapter.persistence;

import dev.livechat.testsupport.PgSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@EnabledIfSystemProperty(named = "livechat.test.postgres", matches = "true")
class PostgresConcurrentWritesTest extends ConcurrentWritesContract {
    PgSchema schema;

    @Override
    JpaStorage open() {
        schema = new PgSchema();
        return JpaStorage.open(DatabaseSettings.postgres(schema.jdbcUrl(), schema.user(), schema.password()));
    }

    @AfterEach
    void dropSchema() {
        schema.close();
    }
}
