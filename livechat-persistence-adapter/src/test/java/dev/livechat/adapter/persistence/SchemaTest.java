package dev.livechat.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.adapter.persistence.migration.V2__ParallelWrites;
import dev.livechat.adapter.persistence.migration.V4__LeanRows;
import dev.livechat.adapter.persistence.migration.V5__CompactKeys;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema comes from Flyway's migrations alone (SchemaValidationTest: Hibernate agrees with it). */
class SchemaTest {
    @TempDir
    Path dir;

    @Test
    void migrationsRunOnceAndAReopenAppliesNothingNew() throws SQLException {
        DatabaseSettings settings = DatabaseSettings.h2File(dir);
        JpaStorage.open(settings).close();
        JpaStorage.open(settings).close();

        assertThat(
                        query(
                                settings,
                                "select \"version\" from \"flyway_schema_history\" where \"success\" = true and \"version\" is not null"))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15");
    }

    @Test
    void theEmbeddedFileRecordsItsEventPositionsOnceEveryThousandAndAStopLosesNone() throws SQLException {
        DatabaseSettings settings = DatabaseSettings.h2File(dir);
        JpaStorage.open(settings).close();

        assertThat(query(
                        settings,
                        "select cache from information_schema.sequences where sequence_name = 'EVENTS_POSITION'"))
                .containsExactly("1024");
        // each query opens the file and closes it: a stop records where the sequence stands, no jump
        long first = Long.parseLong(
                query(settings, "select next value for events_position").get(0));
        assertThat(Long.parseLong(
                        query(settings, "select next value for events_position").get(0)))
                .isEqualTo(first + 1);
    }

    @Test
    void aVersionOneDatabaseKeepsItsEventPositionsAndLearnsWhichParticipationsAreOngoing() throws SQLException {
        DatabaseSettings settings = DatabaseSettings.h2File(dir);
        migrateTo(settings, "1");
        execute(settings, "update counters set current_value = 41 where name = 'events'");
        for (String[] c : new String[][] {{"open", "false"}, {"done", "true"}}) {
            execute(
                    settings,
                    "insert into conversations values ('" + c[0] + "', 'web', 'V', null, null, null, null,"
                            + " null, null, '[]', '[]', '[]', null, null, null, null, TIMESTAMP WITH TIME ZONE"
                            + " '2026-01-01 00:00:00Z', null, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00Z', null, "
                            + c[1]
                            + ", null, null, null, '[]', null, 'EVERYONE', '[]', 0, 0, 0, 0, null, null,"
                            + " TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00Z', '[]', 0, 0, null, null, '2026-01-01', 1)");
            execute(
                    settings,
                    "insert into conversation_participants values ('" + c[0] + "', 0, 'u1', 'Ana',"
                            + " 'ASSIGNED', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00Z', null)");
        }

        JpaStorage.open(settings).close();

        // after 41 (V5 also numbers the two conversations from the same sequence)
        assertThat(Long.parseLong(
                        query(settings, "select next value for events_position").get(0)))
                .isGreaterThan(41);
        assertThat(query(
                        settings,
                        "select conversation_id || ':' || ongoing || ':' || channel_id"
                                + " from conversation_participants order by conversation_id"))
                .containsExactly("done:FALSE:web", "open:TRUE:web");
    }

    @Test
    void aVersionFourDatabaseKeepsItsMessagesUnderTheConversationsNewNumbers() throws SQLException {
        DatabaseSettings settings = DatabaseSettings.h2File(dir);
        migrateTo(settings, "4");
        for (String id : new String[] {"first", "second"}) {
            execute(
                    settings,
                    "insert into conversations values ('" + id + "', 'web', 'V', null, null, null, null,"
                            + " null, null, '[]', '[]', '[]', null, null, null, null, TIMESTAMP WITH TIME ZONE"
                            + " '2026-01-01 00:00:00Z', 'IN_PROGRESS', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00Z',"
                            + " null, false, null, null, null, '[]', null, 'EVERYONE', '[]', 2, 2, 0, 0, null, null,"
                            + " TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00Z', '[]', 0, 0, null, null, '2026-01-01', 1)");
            for (int seq = 1; seq <= 2; seq++)
                execute(
                        settings,
                        "insert into messages values ('" + id + "', " + seq + ", 'VISITOR', null, 'V', '" + id + " "
                                + seq + "', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00Z')");
        }

        JpaStorage.open(settings).close();

        assertThat(query(
                        settings,
                        "select c.id || ':' || m.seq || ':' || m.body from messages m"
                                + " join conversations c on c.log_key = m.log_key order by c.id, m.seq"))
                .containsExactly("first:1:first 1", "first:2:first 2", "second:1:second 1", "second:2:second 2");
        assertThat(query(settings, "select count(distinct log_key) from conversations"))
                .containsExactly("2");
    }

    @Test
    void aVersionTwelveDatabaseKeepsItsHistoryUnderTheConversationsNumbers() throws SQLException {
        DatabaseSettings settings = DatabaseSettings.h2File(dir);
        migrateTo(settings, "12");
        String at = "TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00Z'";
        for (String[] c : new String[][] {{"first", "7"}, {"second", "9"}}) {
            execute(
                    settings,
                    "insert into conversations (id, channel_id, visitor_name, chatbot_answers, expertise, tags,"
                            + " started_at, status_since, closed, participants, assignment_rule, assignment_trace,"
                            + " last_seq, visitor_messages, visitor_messages_with_operator, operator_messages,"
                            + " last_activity_at, history, last_event_seq, started_ms, started_day, version, log_key)"
                            + " values ('" + c[0] + "', 'web', 'V', '[]', '[]', '[]', " + at + ", " + at + ", false,"
                            + " '[]', 'EVERYONE', '[]', 0, 0, 0, 0, " + at + ", '[]', 0, 0, '2026-01-01', 1, " + c[1]
                            + ")");
            execute(
                    settings,
                    "insert into conversation_history values (" + c[1] + ", '" + c[0] + "', " + at
                            + ", 'conversation.started', 'VISITOR', null, null, null, '{\"seq\":1}')");
        }

        JpaStorage.open(settings).close();

        assertThat(query(
                        settings,
                        "select c.id || ':' || h.position || ':' || h.type || ':' || h.details"
                                + " from conversation_history h join conversations c on c.log_key = h.log_key"
                                + " order by h.position"))
                .containsExactly(
                        "first:7:conversation.started:{\"seq\":1}", "second:9:conversation.started:{\"seq\":1}");
    }

    /** The schema as a database of that version had it, the Java migrations up to it included. */
    private static void migrateTo(DatabaseSettings settings, String version) {
        Flyway.configure()
                .dataSource(settings.jdbcUrl(), settings.user(), settings.password())
                .locations("classpath:db/migration")
                .placeholders(Map.of("prefixOps", ""))
                .javaMigrations(new V2__ParallelWrites(), new V4__LeanRows(), new V5__CompactKeys())
                .target(version)
                .load()
                .migrate();
    }

    private static List<String> query(DatabaseSettings settings, String sql) throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) values.add(rows.getString(1));
            return values;
        }
    }

    private static void execute(DatabaseSettings settings, String sql) throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
