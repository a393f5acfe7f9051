package dev.livechat.adapter.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;

/**
 * Compacts the embedded H2 file while the service runs. With {@code WRITE_DELAY=0} (each commit
 * written before it is answered, docs/durability.md) H2's background writer, which would compact
 * the file, does not run: every commit writes a chunk of its own and the file grows until old
 * chunks may be reused. This moves live chunks together and gives the rest back, for at most the
 * time given. Uses H2's engine classes (public, not a documented API).
 */
final class H2Files {
    private H2Files() {}

    /** Compacts the file behind an embedded H2 pool; does nothing for an H2 server or another database. */
    static void compact(HikariDataSource pool, Duration max) {
        try (Connection connection = pool.getConnection()) {
            JdbcConnection h2 = connection.unwrap(JdbcConnection.class);
            connection.rollback();
            if (h2.getSession() instanceof SessionLocal local)
                local.getDatabase().getStore().compactFile((int) Math.min(Integer.MAX_VALUE, max.toMillis()));
        } catch (SQLException e) {
            throw new IllegalStateException("could not compact the embedded H2 file", e);
        }
    }
}
