package dev.livechat.adapter.persistence.migration;

import java.sql.SQLException;
import java.util.Locale;
import org.flywaydb.core.api.migration.Context;

/** Which database a Java migration runs on: the SQL of some steps differs between H2 and PostgreSQL. */
final class Dialect {
    private Dialect() {}

    static boolean postgres(Context context) throws SQLException {
        return context.getConnection()
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
    }
}
