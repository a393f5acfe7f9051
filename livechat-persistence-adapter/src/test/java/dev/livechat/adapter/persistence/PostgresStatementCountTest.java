package dev.livechat.adapter.persistence;

import dev.livechat.testsupport.PgSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@EnabledIfSystemProperty(named = "livechat.test.postgres", matches = "true")
class PostgresStatementCountTest extends StatementCountContract {
    PgSchema schema;

    @Override
    JpaStorage openWithStatistics() {
        schema = new PgSchema();
        return JpaStorage.openWithStatistics(
                DatabaseSettings.postgres(schema.jdbcUrl(), schema.user(), schema.password()));
    }

    @AfterEach
    void dropSchema() {
        schema.close();
    }
}
