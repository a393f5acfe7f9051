package dev.livechat.adapter.persistence;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@EnabledIfSystemProperty(named = "livechat.test.postgres", matches = "true")
class PostgresStatementCountTest extends StatementCountContract {
    PostgresSchema schema;

    @Override
    JpaStorage openWithStatistics() {
        schema = new PostgresSchema();
        return JpaStorage.openWithStatistics(schema.settings());
    }

    @AfterEach
    void dropSchema() {
        schema.close();
    }
}
