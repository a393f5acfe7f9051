package dev.livechat.domain.history;

import static dev.livechat.domain.fixtures.OperatorFixtures.CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.assignment.AssignmentRule;
import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.AuthorKind;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.Message;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.event.ConversationStarted;
import dev.livechat.domain.event.EventHeader;
import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.event.MessagePosted;
import dev.livechat.domain.event.NoteEdited;
import dev.livechat.domain.event.OperatorAssigned;
import dev.livechat.domain.operator.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HistoryLinesTest {
    static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    static final ConversationId ID = ConversationId.of("c1");
    static final Actor ANA = Actor.user(UserId.of("u1"), "Ana");

    @Test
    void anAssignmentIsALineWhoseCauseIsItsRule() {
        HistoryEntry line = HistoryLines.of(EventRecord.of(new OperatorAssigned(
                        header(2, Actor.system()), UserId.of("u1"), "Ana", AssignmentRule.LANGUAGE)))
                .orElseThrow();

        assertThat(line.type()).isEqualTo("operator.assigned");
        assertThat(line.cause()).contains("LANGUAGE");
        assertThat(line.actorKind()).isEqualTo(Actor.Kind.SYSTEM);
        assertThat(line.details()).containsEntry("operatorId", "u1").containsEntry("seq", 2L);
        assertThat(line.at()).isEqualTo(AT);
    }

    @Test
    void aStartNamesTheVisitorByKindOnly() {
        HistoryEntry line = HistoryLines.of(EventRecord.of(new ConversationStarted(
                        header(1, Actor.visitor("Claire Dupont")),
                        Optional.empty(),
                        Optional.empty(),
                        Set.of(),
                        "Claire Dupont")))
                .orElseThrow();

        assertThat(line.actorKind()).isEqualTo(Actor.Kind.VISITOR);
        assertThat(line.actorName()).isEmpty();
        assertThat(line.toString()).doesNotContain("Claire");
    }

    @Test
    void aNoteEditSaysWhoAndHowLongNotWhat() {
        HistoryEntry line = HistoryLines.of(EventRecord.of(new NoteEdited(header(3, ANA), "Claire's card ends 4242")))
                .orElseThrow();

        assertThat(line.actorName()).contains("Ana");
        assertThat(line.actorId()).contains(UserId.of("u1"));
        assertThat(line.details()).containsEntry("noteLength", 23).doesNotContainKey("note");
        assertThat(line.toString()).doesNotContain("4242");
    }

    @Test
    void aPostedMessageIsNoLine() {
        Message message =
                new Message(ID, 4, AuthorKind.VISITOR, Optional.empty(), "Claire", MessageBody.of("hello"), AT);
        assertThat(HistoryLines.of(EventRecord.of(new MessagePosted(header(4, Actor.visitor("Claire")), message))))
                .isEmpty();
    }

    private static EventHeader header(long seq, Actor actor) {
        return new EventHeader(ID, CHANNEL, seq, AT, actor);
    }
}
