package dev.livechat.adapter.persistence;

import static dev.livechat.domain.fixtures.OperatorFixtures.CHANNEL;
import static dev.livechat.domain.fixtures.OperatorFixtures.operator;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.assignment.Assignment;
import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.Conversation;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.conversation.Opening;
import dev.livechat.domain.conversation.Visitor;
import dev.livechat.domain.history.HistoryEntry;
import dev.livechat.domain.operator.UserId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A conversation's history is written with its events and kept when the event log is trimmed. */
class ConversationHistoryStorageTest {
    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    static final ConversationId ID = ConversationId.of("c1");

    @TempDir
    Path dir;

    DatabaseSettings settings;
    JpaStorage storage;

    @BeforeEach
    void open() {
        settings = DatabaseSettings.h2File(dir);
        storage = JpaStorage.open(settings);
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void theHistoryOutlivesTheEventLogsResumeWindow() {
        start("Claire Visitor", "a message is no history line");
        assertThat(storage.history().historyOf(ID))
                .extracting(HistoryEntry::type)
                .containsExactly("conversation.started");

        while (storage.forgetEventsBefore(T0.plusSeconds(86_400 * 365), 100) > 0) {}
        assertThat(storage.events().after(0, 100)).isEmpty();

        List<HistoryEntry> kept = storage.history().historyOf(ID);
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).at()).isEqualTo(T0);
        assertThat(kept.get(0).actorKind()).isEqualTo(Actor.Kind.VISITOR);
    }

    @Test
    void aLineThatIsNoEventIsAddedAfterTheOthers() {
        start("Claire Visitor", "hello");
        storage.history()
                .record(
                        ID,
                        HistoryEntry.by(
                                Actor.user(UserId.of("m1"), "Mia Manager"),
                                T0.plusSeconds(60),
                                HistoryEntry.PRIVACY_ERASED,
                                Optional.of("privacy request"),
                                Map.of("rows", 3)));

        List<HistoryEntry> lines = storage.history().historyOf(ID);
        assertThat(lines).extracting(HistoryEntry::type).containsExactly("conversation.started", "privacy.erased");
        HistoryEntry erased = lines.get(1);
        assertThat(erased.actorName()).contains("Mia Manager");
        assertThat(erased.actorId()).contains(UserId.of("m1"));
        assertThat(erased.cause()).contains("privacy request");
        assertThat(erased.details()).containsEntry("rows", 3L);
        assertThat(storage.history().historyOf(ConversationId.of("another"))).isEmpty();
    }

    @Test
    void theHistoryNeverHoldsTheVisitorsNameNorText() throws SQLException {
        start("Claire Visitor", "my private words");
        try (Connection connection =
                        DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("select actor_name, cause, details from conversation_history")) {
            assertThat(rows.next()).isTrue();
            String line = rows.getString(1) + rows.getString(2) + rows.getString(3);
            assertThat(line).doesNotContain("Claire", "private words");
        }
    }

    private void start(String visitor, String body) {
        storage.operators().save(operator("u0", "Ana").build());
        Conversation c = Conversation.start(
                new Opening(
                        ID,
                        CHANNEL,
                        new Visitor(visitor, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                        Optional.empty(),
                        Optional.empty(),
                        List.of(),
                        Set.of()),
                Assignment.noOneAvailable(List.of()),
                Optional.empty(),
                T0);
        c.postVisitorMessage(MessageBody.of(body), T0);
        storage.conversations().save(c, c.pullEvents());
    }
}
