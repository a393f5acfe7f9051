package dev.livechat.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event hub's read of what is new, on the embedded file: its upper bound (the newest position)
 * is one index lookup, and the read touches about as many rows as it answers, whatever the log's
 * size. The rows are H2's own count ({@code EXPLAIN ANALYZE}'s scanCount per table): no timing.
 */
class H2EventReadScanTest {
    private static final int EVENTS = 30_000;

    @TempDir
    Path dir;

    @Test
    void readingTheNewestTwentyOfThirtyThousandEventsScansAboutTwentyRowsATable() throws SQLException {
        DatabaseSettings settings = DatabaseSettings.h2File(dir);
        JpaStorage storage = JpaStorage.open(settings);
        try (Connection sql = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement s = sql.createStatement()) {
            s.execute("insert into messages (log_key, seq, sent_at, author_kind, author_name, body)"
                    + " select 1, x, now(), 'VISITOR', 'Claire', 'Hello ' || x from system_range(1, " + EVENTS + ")");
            s.execute("insert into events (position, conversation_id, channel_id, seq, type,"
                    + " visible_to_visitor, occurred_at, data, message_seq) select x, 'c1', 'web', x,"
                    + " 'message.posted', true, now(), '{}', x from system_range(1, " + EVENTS + ")");
            String explain = "explain analyze "
                    + EventLog.EVENTS_AFTER
                            .replaceFirst("\\?", String.valueOf(EVENTS - 20))
                            .replaceFirst("\\?", "500");
            try (ResultSet rows = s.executeQuery(explain)) {
                assertThat(rows.next()).isTrue();
                assertThat(H2Plans.scanCounts(rows.getString(1))).isNotEmpty().allMatch(n -> n <= 22);
            }
        } finally {
            storage.close();
        }
    }
}
