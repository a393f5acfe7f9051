package dev.livechat.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.testsupport.PgSchema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The event hub reads what is new after every commit. On a log of 30,000 events that PostgreSQL has
 * no statistics for yet (a new database's first minute of traffic), and in the generic plan a
 * prepared statement gets, that read must go by the key index and look each message up, not scan
 * both tables: the scans grew with the log and a busy service's hub fell behind, holding tens of
 * thousands of events in memory. The plans are PostgreSQL's own ({@code EXPLAIN}, not run, no
 * timing).
 */
@EnabledIfSystemProperty(named = "livechat.test.postgres", matches = "true")
class PostgresEventReadPlanTest {
    private static final int EVENTS = 30_000;

    private PgSchema schema;
    private Connection sql;

    @BeforeEach
    void aLogWithoutStatistics() throws SQLException {
        schema = new PgSchema();
        JpaStorage.open(DatabaseSettings.postgres(schema.jdbcUrl(), schema.user(), schema.password()))
                .close();
        sql = DriverManager.getConnection(schema.jdbcUrl(), schema.user(), schema.password());
        try (Statement s = sql.createStatement()) {
            s.execute("insert into messages (log_key, seq, sent_at, author_kind, author_name, body)"
                    + " select 1, g, now(), 'VISITOR', 'Claire', 'Hello, my invoice is wrong ' || g"
                    + " from generate_series(1, " + EVENTS + ") g");
            s.execute("insert into events (position, conversation_id, channel_id, seq, type,"
                    + " visible_to_visitor, occurred_at, data, message_seq)"
                    + " select g, 'c1', 'web', g, 'message.posted', true, now(), '{}', g"
                    + " from generate_series(1, " + EVENTS + ") g");
        }
    }

    @AfterEach
    void drop() throws SQLException {
        sql.close();
        schema.close();
    }

    @Test
    void theReadOfWhatIsNewGoesByTheIndexWithTheParametersKnown() throws SQLException {
        String plan = plan("explain "
                + EventLog.EVENTS_AFTER
                        .replaceFirst("\\?", String.valueOf(EVENTS - 20))
                        .replaceFirst("\\?", "500"));

        assertThat(plan).contains("events_pk").doesNotContain("Seq Scan on events", "Seq Scan on messages");
    }

    @Test
    void theReadOfWhatIsNewGoesByTheIndexInTheGenericPlan() throws SQLException {
        try (Statement s = sql.createStatement()) {
            s.execute("set plan_cache_mode = force_generic_plan");
            s.execute("prepare after_position (bigint, int) as "
                    + EventLog.EVENTS_AFTER.replaceFirst("\\?", "\\$1").replaceFirst("\\?", "\\$2"));
        }
        String plan = plan("explain execute after_position(" + (EVENTS - 20) + ", 500)");

        assertThat(plan).contains("events_pk").doesNotContain("Seq Scan on events", "Seq Scan on messages");
    }

    private String plan(String explain) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Statement s = sql.createStatement();
                ResultSet rows = s.executeQuery(explain)) {
            while (rows.next()) plan.append(rows.getString(1)).append('\n');
        }
        return plan.toString();
    }
}
