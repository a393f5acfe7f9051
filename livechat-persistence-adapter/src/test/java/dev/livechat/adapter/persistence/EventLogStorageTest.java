package dev.livechat.adapter.persistence;

import static dev.livechat.domain.fixtures.OperatorFixtures.CHANNEL;
import static dev.livechat.domain.fixtures.OperatorFixtures.operator;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.assignment.Assignment;
import dev.livechat.domain.conversation.Conversation;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.conversation.Opening;
import dev.livechat.domain.conversation.Visitor;
import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.event.EventType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event log stores each fact once and is kept for the resume window, not forever. */
class EventLogStorageTest {
    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

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
    void aPostedMessageIsStoredOnceAndItsEventStillCarriesIt() throws SQLException {
        List<EventRecord> saved = conversation("c1", T0, "a body that must be stored only once");

        assertThat(column("select data from events")).noneMatch(d -> d.contains("stored only once"));
        assertThat(column("select body from messages")).containsOnlyOnce("a body that must be stored only once");
        assertThat(storage.events().after(0, 100)).containsExactlyElementsOf(saved);
        assertThat(storage.events().after(0, 100))
                .filteredOn(e -> e.type() == EventType.MESSAGE_POSTED)
                .extracting(e -> e.data().get("message").toString())
                .anyMatch(m -> m.contains("body=a body that must be stored only once"));
    }

    @Test
    void eventsOlderThanTheCutoffAreForgottenInBatchesAndNewerOnesKept() {
        conversation("old", T0, "old");
        List<EventRecord> recent = conversation("new", T0.plusSeconds(7200), "new");

        assertThat(storage.forgetEventsBefore(T0.plusSeconds(3600), 1)).isEqualTo(1);
        assertThat(storage.forgetEventsBefore(T0.plusSeconds(3600), 100)).isPositive();
        assertThat(storage.forgetEventsBefore(T0.plusSeconds(3600), 100)).isZero();

        assertThat(storage.events().after(0, 100)).containsExactlyElementsOf(recent);
        assertThat(storage.conversations().messagesAfter(ConversationId.of("old"), 0, 10))
                .extracting(m -> m.body().value())
                .contains("old");
    }

    private List<EventRecord> conversation(String id, Instant at, String body) {
        storage.operators().save(operator("u0", "Ana").build());
        Conversation c = Conversation.start(
                new Opening(
                        ConversationId.of(id),
                        CHANNEL,
                        new Visitor("Claire", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                        Optional.empty(),
                        Optional.empty(),
                        List.of(),
                        Set.of()),
                Assignment.noOneAvailable(List.of()),
                Optional.empty(),
                at);
        c.postVisitorMessage(MessageBody.of(body), at);
        return storage.conversations().save(c, c.pullEvents());
    }

    private List<String> column(String sql) throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) values.add(rows.getString(1));
            return values;
        }
    }
}
