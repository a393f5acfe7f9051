package dev.livechat.adapter.persistence;

import com.zaxxer.hikari.HikariDataSource;
import dev.livechat.adapter.persistence.migration.V13__LeanHistory;
import dev.livechat.adapter.persistence.migration.V14__EventPositionReserve;
import dev.livechat.adapter.persistence.migration.V15__ConversationActivity;
import dev.livechat.adapter.persistence.migration.V2__ParallelWrites;
import dev.livechat.adapter.persistence.migration.V4__LeanRows;
import dev.livechat.adapter.persistence.migration.V5__CompactKeys;
import dev.livechat.domain.error.DependencyUnavailableException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** The schema's migrations (Flyway), run at each start before the pool serves anyone. */
final class Migrations {
    private Migrations() {}

    /**
     * Runs the migrations and opens the pool. On the embedded default the migrations come first, on
     * connections of their own that leave the writing of the file to H2's background writer
     * ({@link DatabaseSettings#migrationUrl}); one of them stays open until the pool holds its first,
     * so the database stays open in between, and what they did is written before the start goes on.
     * Nothing is answered before then, and a kill meanwhile leaves the file as it was after one of
     * their commits, from where Flyway goes on at the next start.
     */
    static void runAndOpen(HikariDataSource pool, DatabaseSettings settings) {
        String url = settings.migrationUrl();
        if (url.equals(settings.jdbcUrl())) {
            openPool(pool);
            migrate(settings, pool);
            return;
        }
        JdbcDataSource own = new JdbcDataSource();
        own.setURL(url);
        own.setUser(settings.user());
        own.setPassword(settings.password());
        try (Connection keepsOpen = own.getConnection()) {
            migrate(settings, own);
            openPool(pool);
        } catch (SQLException e) {
            throw new DependencyUnavailableException("database", e);
        }
        H2Files.writeNow(pool);
    }

    /** Opens the pool by its first connection, so that a database that cannot be reached fails the start at once. */
    private static void openPool(HikariDataSource pool) {
        try {
            pool.getConnection().close();
        } catch (SQLException | RuntimeException e) {
            throw new DependencyUnavailableException("database", e);
        }
    }

    private static void migrate(DatabaseSettings settings, DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of("prefixOps", settings.postgres() ? "varchar_pattern_ops" : ""))
                .javaMigrations(
                        new V2__ParallelWrites(),
                        new V4__LeanRows(),
                        new V5__CompactKeys(),
                        new V13__LeanHistory(),
                        new V14__EventPositionReserve(),
                        new V15__ConversationActivity())
                .load()
                .migrate();
    }
}
