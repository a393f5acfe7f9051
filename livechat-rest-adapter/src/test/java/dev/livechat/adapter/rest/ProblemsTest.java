package dev.livechat.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.conversation.ConversationClosedException;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.JoinRefusedException;
import dev.livechat.domain.conversation.Participant;
import dev.livechat.domain.error.AccessDeniedException;
import dev.livechat.domain.error.ConcurrentUpdateException;
import dev.livechat.domain.error.DependencyUnavailableException;
import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.error.NotFoundException;
import dev.livechat.domain.error.StateConflictException;
import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.operator.UserId;
import dev.livechat.domain.port.out.ReadEventsPort;
import dev.livechat.testsupport.Http;
import dev.livechat.testsupport.Reply;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one mapping of refusals to problem+json, type by type. */
class ProblemsTest {
    final Problems problems = new Problems(Json.mapper());

    int status(Exception e) {
        return (int) problems.toProblem(e).get("status");
    }

    @Test
    void mapsEveryDomainRefusalToItsStatus() {
        ConversationId id = ConversationId.of("c1");
        assertThat(status(new InvalidValueException("email", "bad"))).isEqualTo(400);
        assertThat(status(new AccessDeniedException("no"))).isEqualTo(403);
        assertThat(status(new NotFoundException("conversation", id))).isEqualTo(404);
        assertThat(status(new StateConflictException("no"))).isEqualTo(409);
        assertThat(status(
                        new ConversationClosedException(id, dev.livechat.domain.conversation.ConversationAction.CLOSE)))
                .isEqualTo(409);
        assertThat(status(new ConcurrentUpdateException("conversation", id, 3))).isEqualTo(409);
        assertThat(status(new DependencyUnavailableException("database", new SQLException("down"))))
                .isEqualTo(503);
        assertThat(status(new IllegalStateException("a bug"))).isEqualTo(500);
    }

    @Test
    void aLostJoinNamesTheWinnerAndAFieldErrorItsField() {
        Participant winner =
                new Participant(UserId.of("u2"), "Carla", Participant.Entry.JOINED, Instant.EPOCH, Optional.empty());
        Map<String, Object> lost = problems.toProblem(
                new JoinRefusedException(ConversationId.of("c1"), "IN_PROGRESS", Optional.of(winner)));
        assertThat(lost.get("joinedBy")).isEqualTo(new Views.OperatorView("u2", "Carla"));
        Map<String, Object> invalid = problems.toProblem(new InvalidValueException("visitor.email", "is not valid"));
        assertThat(invalid.get("errors")).isEqualTo(List.of(new FieldError("visitor.email", "is not valid")));
    }

    @Test
    void aDownDatabaseRefusesNewEventStreamsWith503() {
        ReadEventsPort down = new ReadEventsPort() {
            @Override
            public List<EventRecord> after(long afterPosition, int limit) {
                throw new DependencyUnavailableException("database", new SQLException("connection refused"));
            }

            @Override
            public long lastPosition() {
                throw new DependencyUnavailableException("database", new SQLException("connection refused"));
            }
        };
        try (TestApi t = new TestApi()) {
            RestApi api = new RestApi(t.chat, down, () -> Map.of("database", false), TestApi.settings());
            api.start("127.0.0.1", 0);
            try {
                Reply refused = new Http(api.port())
                        .get("/api/v1/events", TestApi.ADMIN)
                        .isProblem(503);
                assertThat(refused.text("dependency")).isEqualTo("database");
            } finally {
                api.stop();
            }
        }
    }
}
