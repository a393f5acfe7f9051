package dev.livechat.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.domain.assignment.AssignmentRule;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.AuthorKind;
import dev.livechat.domain.conversation.CloseCause;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationStatus;
import dev.livechat.domain.conversation.Message;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.conversation.Outcome;
import dev.livechat.domain.conversation.SeenMarks;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.locale.LanguageTag;
import dev.livechat.domain.operator.UserId;
import dev.livechat.domain.tag.TagName;
import dev.livechat.domain.transcript.TranscriptRequestId;
import dev.livechat.domain.transcript.TranscriptState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One event of every kind, so that a new {@link ConversationEvent} without its {@link EventType}
 * (or a type without its event) fails here, and every kind is mapped, routed and stored.
 */
class EventTypeTest {
    static final ConversationId CONVERSATION = ConversationId.of("c1");
    static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");
    static final UserId ANA = UserId.of("ana");
    static final UserId BOB = UserId.of("bob");
    static final Message HELLO =
            new Message(CONVERSATION, 2, AuthorKind.VISITOR, Optional.empty(), "Ada", MessageBody.of("hello"), AT);

    static EventHeader header(long seq) {
        return new EventHeader(CONVERSATION, ChannelId.of("web"), seq, AT, Actor.user(ANA, "Ana"));
    }

    static final List<ConversationEvent> ONE_OF_EACH = List.of(
            new ConversationStarted(
                    header(1),
                    Optional.of(LanguageTag.of("fr")),
                    Optional.empty(),
                    Set.of(ExpertiseName.of("Billing")),
                    "Ada"),
            new OperatorAssigned(header(2), ANA, "Ana", AssignmentRule.LANGUAGE),
            new MessagePosted(header(3), HELLO),
            new StatusChanged(header(4), Optional.of(ConversationStatus.IN_PROGRESS), Optional.empty(), "reply"),
            new OperatorJoined(header(5), ANA, "Ana"),
            new ConversationTransferred(header(6), ANA, BOB, "Bob", true),
            new ConversationClosed(
                    header(7), Optional.of(ConversationStatus.IN_PROGRESS), CloseCause.OPERATOR, Outcome.ESCALATED),
            new HelpQueueChanged(header(8), true),
            new NoteEdited(header(9), "call back"),
            new TagsChanged(header(10), Set.of(TagName.of("vip"))),
            new ExpertiseChanged(header(11), Set.of(ExpertiseName.of("Billing"))),
            new TranscriptStateChanged(
                    header(12), TranscriptRequestId.of("r1"), TranscriptState.FAILED, Optional.of("550")),
            new RatingCreated(header(13), 4, Optional.of("quick and kind")),
            new MessagesSeen(header(14), SeenMarks.Side.OPERATOR, 2));

    @Test
    void everyKindOfEventHasATypeOfItsOwnAndEveryTypeAnEvent() {
        assertThat(ONE_OF_EACH)
                .extracting(Object::getClass)
                .containsExactlyInAnyOrder(ConversationEvent.class.getPermittedSubclasses());
        assertThat(ONE_OF_EACH).extracting(ConversationEvent::type).containsExactlyInAnyOrder(EventType.values());
    }

    @Test
    void everyKindOfEventBecomesARecordWithItsHeaderFirst() {
        for (ConversationEvent event : ONE_OF_EACH) {
            EventRecord record = EventRecord.of(event);
            assertThat(record.type()).isEqualTo(event.type());
            assertThat(record.visibleToVisitor()).isEqualTo(event.type().visibleToVisitor());
            assertThat(record.data().keySet())
                    .startsWith(
                            EventKeys.CONVERSATION_ID,
                            EventKeys.CHANNEL_ID,
                            EventKeys.SEQ,
                            EventKeys.AT,
                            EventKeys.ACTOR);
        }
    }

    @Test
    void wireNamesAreTheApisAndReadBack() {
        assertThat(EventType.MESSAGE_POSTED.wireName()).isEqualTo("message.posted");
        assertThat(EventType.OPERATOR_JOINED).hasToString("conversation.joined");
        for (EventType type : EventType.values())
            assertThat(EventType.ofWireName(type.wireName())).isSameAs(type);
        assertThatThrownBy(() -> EventType.ofWireName("MESSAGE_POSTED"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MESSAGE_POSTED");
    }

    @Test
    void theOperatorBroughtInIsTheOneAssignedJoiningOrTransferredTo() {
        assertThat(ONE_OF_EACH)
                .extracting(e -> EventRecord.of(e).operatorBroughtIn())
                .containsExactly(
                        Optional.empty(),
                        Optional.of(ANA),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(ANA),
                        Optional.of(BOB),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty());
    }

    @Test
    void aRecordStoredApartFromItsHeaderAndMessageComesBackTheSameAndInOrder() {
        for (ConversationEvent event : ONE_OF_EACH) {
            EventRecord made = EventRecord.of(event).at(42);
            assertThat(made.details()).doesNotContainKeys(EventKeys.CONVERSATION_ID, EventKeys.SEQ, EventKeys.MESSAGE);
            Optional<Message> posted = made.postedMessageSeq().isPresent() ? Optional.of(HELLO) : Optional.empty();
            EventRecord back = new EventRecord(
                    42,
                    EventType.ofWireName(made.type().wireName()),
                    made.conversationId(),
                    made.channel(),
                    made.seq(),
                    made.at(),
                    made.visibleToVisitor(),
                    EventRecord.restoredData(
                            made.conversationId(), made.channel(), made.seq(), made.at(), made.details(), posted));
            assertThat(back).isEqualTo(made);
            assertThat(entries(back.data())).isEqualTo(entries(made.data()));
            assertThat(back.operatorBroughtIn()).isEqualTo(made.operatorBroughtIn());
        }
        assertThat(EventRecord.of(ONE_OF_EACH.get(2)).postedMessageSeq()).hasValue(2);
    }

    private static List<Map.Entry<String, Object>> entries(Map<String, Object> data) {
        return new ArrayList<>(data.entrySet());
    }
}
