package dev.livechat.adapter.persistence;

import static dev.livechat.domain.fixtures.OperatorFixtures.CHANNEL;
import static dev.livechat.domain.fixtures.OperatorFixtures.operator;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.assignment.Assignment;
import dev.livechat.domain.assignment.AssignmentRule;
import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.SessionCap;
import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.CloseCause;
import dev.livechat.domain.conversation.Conversation;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.Opening;
import dev.livechat.domain.conversation.Visitor;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.outcome.DefaultOutcomePolicy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start of a conversation reads the channel's candidates in one statement; that statement must
 * read the same number of rows whether the operators have one conversation behind them or a
 * million (bench/million.sh found H2 reading every past assignment of each operator). The rows are
 * H2's own count ({@code EXPLAIN ANALYZE}'s scanCount) for the statement the storage ran, taken
 * from H2's query statistics: no timing, nothing the machine changes.
 */
class H2CandidatesScanTest {
    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    @TempDir
    Path dir;

    private final Operator ana = operator("u0", "Ana").build();
    private final Operator bob = operator("u1", "Bob").build();
    private JpaStorage storage;
    private Connection sql;

    @BeforeEach
    void open() throws SQLException {
        DatabaseSettings settings = DatabaseSettings.h2File(dir);
        storage = JpaStorage.open(settings);
        storage.catalogue().save(new Channel(CHANNEL, "Website support", SessionCap.unlimited()));
        storage.operators().save(ana);
        storage.operators().save(bob);
        // the same database in this JVM: H2 shares it between connections of one URL
        sql = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
        try (Statement s = sql.createStatement()) {
            s.execute("SET QUERY_STATISTICS TRUE");
        }
    }

    @AfterEach
    void close() throws SQLException {
        sql.close();
        storage.close();
    }

    @Test
    void theCandidatesStatementReadsAsManyRowsAfterAHundredPastAssignmentsAsAfterOne() throws SQLException {
        closedAssignedTo(ana, 0);
        closedAssignedTo(bob, 1);
        long few = rowsScannedByCandidates();

        // both operators: H2's plan shows the rows of the last execution of a correlated subquery
        for (int i = 2; i <= 100; i++) closedAssignedTo(i % 2 == 0 ? ana : bob, i);
        long many = rowsScannedByCandidates();

        assertThat(storage.operators().candidates(CHANNEL).toList()).hasSize(2);
        assertThat(many).isEqualTo(few);
    }

    /** Runs the candidates through the storage, then H2's EXPLAIN ANALYZE of the SQL it ran. */
    private long rowsScannedByCandidates() throws SQLException {
        storage.operators().candidates(CHANNEL);
        String candidates = null;
        try (Statement s = sql.createStatement();
                ResultSet r = s.executeQuery("SELECT SQL_STATEMENT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
            while (r.next())
                if (r.getString(1).contains("operator_channels")
                        && r.getString(1).contains("'ASSIGNED'")) candidates = r.getString(1);
        }
        assertThat(candidates)
                .as("the candidates statement, in H2's query statistics")
                .isNotNull();
        try (PreparedStatement explain = sql.prepareStatement("EXPLAIN ANALYZE " + candidates)) {
            for (int i = 1; i <= explain.getParameterMetaData().getParameterCount(); i++)
                explain.setString(i, CHANNEL.value());
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                return H2Plans.scanCounts(plan.getString(1)).stream()
                        .mapToLong(Long::longValue)
                        .sum();
            }
        }
    }

    private void closedAssignedTo(Operator operator, int minute) {
        Instant at = T0.plusSeconds(60L * minute);
        Conversation c = Conversation.start(
                new Opening(
                        ConversationId.of("past-" + minute),
                        CHANNEL,
                        new Visitor("Claire", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                        Optional.empty(),
                        Optional.empty(),
                        List.of(),
                        Set.of()),
                new Assignment(Optional.of(operator.id()), AssignmentRule.EVERYONE, List.of("chosen")),
                Optional.of(operator),
                at);
        c.close(Actor.system(), CloseCause.VISITOR_LEFT, new DefaultOutcomePolicy(), at.plusSeconds(30));
        storage.conversations().save(c, c.pullEvents());
    }
}
