package dev.livechat.adapter.persistence;

import static dev.livechat.domain.fixtures.OperatorFixtures.CHANNEL;
import static dev.livechat.domain.fixtures.OperatorFixtures.operator;

import dev.livechat.domain.LiveChat;
import dev.livechat.domain.access.Caller;
import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.SessionCap;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.Presence;
import dev.livechat.domain.port.in.ConversationCommand;
import dev.livechat.domain.port.in.PostMessageCommand;
import dev.livechat.testsupport.PgSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Bytes on disk per closed conversation of ten short messages, tables and indexes included:
 * conversations are written through the use cases, as the service writes them. Used by
 * {@code H2CompactionTest}; {@code main} prints the figures for docs/benchmarks.md.
 */
final class StorageFootprint {
    static final int MESSAGES = 10;
    /** The service's budget for one compaction pass of the embedded file (LiveChatService). */
    static final Duration PASS = Duration.ofSeconds(1);

    private StorageFootprint() {}

    /** Writes {@code count} closed conversations of ten short messages through the use cases. */
    static void write(JpaStorage storage, int count) {
        LiveChat chat = LiveChat.builder()
                .storage(storage.ports())
                .mailer((t, to) -> {})
                .build();
        storage.catalogue().save(new Channel(CHANNEL, "Website support", SessionCap.unlimited()));
        Operator ana = operator("u0", "Ana").presence(Presence.ONLINE).build();
        storage.operators().save(ana);
        for (int i = 0; i < count; i++) {
            ConversationId id = Guests.start(chat, "Visitor " + i, "Hello, my order " + i + " has not arrived");
            for (int m = 1; m < MESSAGES; m++) {
                MessageBody body = MessageBody.of("Short message number " + m + " of conversation " + i);
                if (m % 2 == 1)
                    chat.postOperatorMessage().postOperatorMessage(new PostMessageCommand(Caller.user(ana), id, body));
                else chat.postVisitorMessage().postVisitorMessage(new PostMessageCommand(Caller.visitor(id), id, body));
            }
            chat.close().close(new ConversationCommand(Caller.user(ana), id));
        }
    }

    /** Tables, indexes and TOAST of every table in the schema, after a VACUUM like autovacuum's. */
    static long postgresBytes(DatabaseSettings settings, String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("VACUUM");
            try (ResultSet r = s.executeQuery("select sum(pg_total_relation_size(c.oid)) from pg_class c"
                    + " join pg_namespace n on n.oid = c.relnamespace where n.nspname = '" + schema
                    + "' and c.relkind = 'r'")) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void printTables(DatabaseSettings settings, String schema, int count) throws SQLException {
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select c.relname, pg_table_size(c.oid), pg_indexes_size(c.oid)"
                        + " from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = '"
                        + schema + "' and c.relkind = 'r' order by pg_total_relation_size(c.oid) desc")) {
            while (r.next())
                System.out.printf(
                        "  %-28s table %7d B/conv, indexes %7d B/conv%n",
                        r.getString(1), r.getLong(2) / count, r.getLong(3) / count);
        }
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement s = c.createStatement()) {
            for (String table : List.of(
                    "conversations", "conversation_activity", "messages", "events", "conversation_participants")) {
                try (ResultSet r = s.executeQuery(
                        "select count(*), coalesce(sum(pg_column_size(t.*)), 0) from " + schema + "." + table + " t")) {
                    r.next();
                    System.out.printf(
                            "  %-28s %6d live rows, %7d live bytes per conversation%n",
                            table, r.getLong(1), r.getLong(2) / count);
                }
            }
        }
    }

    /** The embedded file once the service's passes give nothing more back, and how many that took. */
    record Settled(long bytes, int passes) {}

    /**
     * Runs the service's passes ({@link #PASS} each) on the embedded file in {@code dir} until three
     * in a row free nothing: a pass may write more than it frees while it moves chunks.
     */
    static Settled settle(JpaStorage storage, Path dir) throws IOException {
        int passes = 0;
        int idle = 0;
        long after = h2Bytes(dir);
        while (idle < 3 && passes < 100) {
            long before = after;
            storage.compact(PASS);
            passes++;
            after = h2Bytes(dir);
            idle = after < before ? 0 : idle + 1;
        }
        return new Settled(after, passes);
    }

    static long h2Bytes(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".mv.db"))
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }

    /** {@code main [count]}: the figures on H2 and, if reachable, PostgreSQL (schema dropped after). */
    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        h2(count);
        postgres(count);
    }

    /**
     * The file while the conversations are written, then after the passes the service runs every
     * 10 s (at most {@link #PASS} each) until a pass gives nothing back, then after {@code SHUTDOWN
     * COMPACT} (the live data). The empty store is measured after a pass too.
     */
    private static void h2(int count) throws Exception {
        Path dir = Files.createTempDirectory("footprint");
        try (JpaStorage storage = JpaStorage.open(DatabaseSettings.h2File(dir))) {
            storage.healthy();
            storage.compact(PASS);
            long empty = h2Bytes(dir);
            write(storage, count);
            System.out.printf("H2 while open, before a pass: %d B per conversation%n", (h2Bytes(dir) - empty) / count);
            Settled settled = settle(storage, dir);
            long after = settled.bytes();
            System.out.printf(
                    "H2: %d conversations, %d B per conversation after %d passes of at most %d ms (file %d B, empty %d)%n",
                    count, (after - empty) / count, settled.passes(), PASS.toMillis(), after, empty);
            storage.close();
            DatabaseSettings h2 = DatabaseSettings.h2File(dir);
            try (Connection c = DriverManager.getConnection(h2.jdbcUrl(), h2.user(), h2.password());
                    Statement s = c.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            }
            System.out.printf(
                    "H2 after SHUTDOWN COMPACT (live data): %d B per conversation%n", (h2Bytes(dir) - empty) / count);
        }
    }

    /** Within the event log's window, then once its events are forgotten as the service's worker does. */
    private static void postgres(int count) throws SQLException {
        try (PgSchema schema = new PgSchema()) {
            DatabaseSettings settings = DatabaseSettings.postgres(schema.jdbcUrl(), schema.user(), schema.password());
            try (JpaStorage storage = JpaStorage.open(settings)) {
                long empty = postgresBytes(settings, schema.name());
                write(storage, count);
                long within = postgresBytes(settings, schema.name());
                printTables(settings, schema.name(), count);
                System.out.printf(
                        "PostgreSQL: %d conversations, %d B per conversation within the event window (%d B, empty %d)%n",
                        count, (within - empty) / count, within, empty);
                Instant later = Instant.now().plus(Duration.ofDays(1));
                while (storage.forgetEventsBefore(later, 1_000) == 1_000) {}
                long past = postgresBytes(settings, schema.name());
                System.out.printf(
                        "PostgreSQL: %d B per conversation after the window (events forgotten, VACUUM)%n",
                        (past - empty) / count);
            }
        }
    }
}
