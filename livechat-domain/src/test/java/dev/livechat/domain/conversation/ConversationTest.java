package dev.livechat.domain.conversation;

import static dev.livechat.domain.conversation.ConversationFixtures.ANA;
import static dev.livechat.domain.conversation.ConversationFixtures.BOB;
import static dev.livechat.domain.conversation.ConversationFixtures.CARL;
import static dev.livechat.domain.conversation.ConversationFixtures.DORA;
import static dev.livechat.domain.conversation.ConversationFixtures.NOW;
import static dev.livechat.domain.conversation.ConversationFixtures.T0;
import static dev.livechat.domain.conversation.ConversationFixtures.T1;
import static dev.livechat.domain.conversation.ConversationFixtures.actor;
import static dev.livechat.domain.conversation.ConversationFixtures.assignmentOf;
import static dev.livechat.domain.conversation.ConversationFixtures.minutesLater;
import static dev.livechat.domain.conversation.ConversationFixtures.opening;
import static dev.livechat.domain.fixtures.OperatorFixtures.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.livechat.domain.assignment.Assignment;
import dev.livechat.domain.assignment.AssignmentRule;
import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.error.StateConflictException;
import dev.livechat.domain.event.ConversationClosed;
import dev.livechat.domain.event.ConversationEvent;
import dev.livechat.domain.event.ConversationStarted;
import dev.livechat.domain.event.ConversationTransferred;
import dev.livechat.domain.event.ExpertiseChanged;
import dev.livechat.domain.event.MessagePosted;
import dev.livechat.domain.event.NoteEdited;
import dev.livechat.domain.event.OperatorAssigned;
import dev.livechat.domain.event.OperatorJoined;
import dev.livechat.domain.event.StatusChanged;
import dev.livechat.domain.event.TagsChanged;
import dev.livechat.domain.event.TranscriptStateChanged;
import dev.livechat.domain.expertise.ExpertiseName;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.Role;
import dev.livechat.domain.outcome.DefaultOutcomePolicy;
import dev.livechat.domain.tag.TagName;
import dev.livechat.domain.transcript.TranscriptRequestId;
import dev.livechat.domain.transcript.TranscriptState;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** docs/product-rules.md "Status", rules 1–9, one by one, on the aggregate alone. */
class ConversationTest {
    static final DefaultOutcomePolicy OUTCOMES = new DefaultOutcomePolicy();

    static MessageBody text(String value) {
        return MessageBody.of(value);
    }

    static List<Message> messagesIn(List<ConversationEvent> events) {
        return events.stream()
                .filter(MessagePosted.class::isInstance)
                .map(e -> ((MessagePosted) e).message())
                .toList();
    }

    @Nested
    class Rule1_ANewConversation {
        @Test
        void startsInProgressWithTheAssignedOperatorAndWhatTheOpeningBrought() {
            Conversation conversation = ConversationFixtures.startedWithAna();
            ConversationState state = conversation.state();

            assertThat(state.status()).contains(ConversationStatus.IN_PROGRESS);
            assertThat(state.lifecycle().since()).isEqualTo(T0);
            assertThat(state.opening().startedAt()).isEqualTo(T0);
            assertThat(state.closed()).isFalse();
            assertThat(state.lifecycle().outcome()).isEmpty();
            assertThat(state.participants().present())
                    .extracting(Participant::name, Participant::entry)
                    .containsExactly(tuple("Ana", Participant.Entry.ASSIGNED));
            assertThat(state.opening().chatbotAnswers())
                    .containsExactly(new ChatbotAnswer("What is it about?", "An invoice"));
            assertThat(state.annotations().expertise()).containsExactly(ExpertiseName.of("Billing"));
            assertThat(state.opening().language().map(Object::toString)).contains("fr-BE");
            assertThat(state.opening().country().map(Object::toString)).contains("BE");
            assertThat(state.version()).isZero();
        }

        @Test
        void recordsThatItStartedAndWhoWasAssigned() {
            List<ConversationEvent> events =
                    ConversationFixtures.startedWithAna().pullEvents();

            assertThat(events).hasExactlyElementsOfTypes(ConversationStarted.class, OperatorAssigned.class);
            assertThat((OperatorAssigned) events.get(1))
                    .satisfies(e -> assertThat(e.operatorName()).isEqualTo("Ana"))
                    .satisfies(e -> assertThat(e.rule()).isEqualTo(AssignmentRule.EVERYONE));
            assertThat(messagesIn(events)).isEmpty();
        }

        @Test
        void refusesAnOperatorOtherThanTheOneTheAssignmentChose() {
            assertThatThrownBy(() -> Conversation.start(opening("conv-1"), assignmentOf(ANA), Optional.of(BOB), T0))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Conversation.start(opening("conv-1"), assignmentOf(ANA), Optional.empty(), T0))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Rule2And3_WaitingForCustomer {
        @Test
        void isSetByHandByAnOperatorTakingPart() {
            Conversation conversation = ConversationFixtures.inProgress();

            conversation.markWaitingForCustomer(actor(ANA), NOW);

            assertThat(conversation.state().status()).contains(ConversationStatus.WAITING_FOR_CUSTOMER);
            assertThat(conversation.state().lifecycle().since()).isEqualTo(NOW);
        }

        @Test
        void operatorMessagesNeverSetItNorAnyOtherStatus() {
            Conversation conversation = ConversationFixtures.inProgress();

            conversation.postOperatorMessage(ANA, text("Could you send me the invoice number?"), NOW);

            assertThat(conversation.state().status()).contains(ConversationStatus.IN_PROGRESS);
            assertThat(conversation.pullEvents()).hasExactlyElementsOfTypes(MessagePosted.class);
        }

        @Test
        void visitorReplyTurnsWaitingBackToInProgress() {
            Conversation conversation = ConversationFixtures.waitingForCustomer();

            conversation.postVisitorMessage(text("It is F-2025-0042"), NOW);

            assertThat(conversation.state().status()).contains(ConversationStatus.IN_PROGRESS);
            assertThat(conversation.state().lifecycle().since()).isEqualTo(NOW);
            StatusChanged change = (StatusChanged) conversation.pullEvents().get(1);
            assertThat(change.from()).contains(ConversationStatus.WAITING_FOR_CUSTOMER);
            assertThat(change.to()).contains(ConversationStatus.IN_PROGRESS);
            assertThat(change.cause()).isEqualTo("visitor replied");
            assertThat(change.header().actor()).isEqualTo(Actor.visitor("Visitor #42"));
        }

        @Test
        void visitorMessagesInOtherStatusesChangeNothing() {
            Conversation helping = ConversationFixtures.lookingForHelp();
            helping.postVisitorMessage(text("Anyone?"), NOW);
            assertThat(helping.state().status()).contains(ConversationStatus.LOOKING_FOR_HELP);
            assertThat(helping.state().lifecycle().since()).isEqualTo(T1);

            Conversation inProgress = ConversationFixtures.inProgress();
            inProgress.postVisitorMessage(text("Hello"), NOW);
            assertThat(inProgress.state().status()).contains(ConversationStatus.IN_PROGRESS);
            assertThat(inProgress.state().lifecycle().since()).isEqualTo(T0);
        }
    }

    @Nested
    class Rule4_LookingForHelp {
        @Test
        void recordsSinceWhen() {
            Conversation conversation = ConversationFixtures.inProgress();

            conversation.askForHelp(actor(ANA), NOW);

            assertThat(conversation.state().status()).contains(ConversationStatus.LOOKING_FOR_HELP);
            assertThat(conversation.state().lifecycle().since()).isEqualTo(NOW);
            assertThat(conversation.state().lifecycle().helpRequestedAt()).contains(NOW);
        }

        @Test
        void aSecondRequestRecordsTheNewTime() {
            Conversation conversation = ConversationFixtures.lookingForHelp();
            conversation.join(BOB, minutesLater(2));

            conversation.askForHelp(actor(ANA), NOW);

            assertThat(conversation.state().lifecycle().helpRequestedAt()).contains(NOW);
        }

        @Test
        void leavingTheQueueKeepsWhenHelpWasLastAskedFor() {
            Conversation conversation = ConversationFixtures.lookingForHelp();

            conversation.markInProgress(actor(ANA), NOW);

            assertThat(conversation.state().lifecycle().helpRequestedAt()).contains(T1);
            assertThat(conversation.state().lifecycle().since()).isEqualTo(NOW);
        }
    }

    @Nested
    class Rule5_Join {
        @Test
        void addsTheJoinerSetsInProgressAndTellsTheVisitor() {
            Conversation conversation = ConversationFixtures.lookingForHelp();

            conversation.join(BOB, NOW);

            ConversationState state = conversation.state();
            assertThat(state.status()).contains(ConversationStatus.IN_PROGRESS);
            assertThat(state.participants().present())
                    .extracting(Participant::name)
                    .containsExactly("Ana", "Bob");
            assertThat(state.participants().present().get(1).entry()).isEqualTo(Participant.Entry.JOINED);
            assertThat(state.participants().present().get(1).since()).isEqualTo(NOW);
            List<ConversationEvent> events = conversation.pullEvents();
            assertThat(events.get(0)).isInstanceOfSatisfying(OperatorJoined.class, e -> {
                assertThat(e.operator()).isEqualTo(BOB.id());
                assertThat(e.header().actor()).isEqualTo(actor(BOB));
            });
            Message told = messagesIn(events).get(0);
            assertThat(told.authorKind()).isEqualTo(AuthorKind.SYSTEM);
            assertThat(told.body().value()).isEqualTo("Bob joined the conversation");
        }

        @Test
        void isRefusedWhenNotLookingForHelpWithTheCurrentStatus() {
            Conversation conversation = ConversationFixtures.waitingForCustomer();

            assertThatThrownBy(() -> conversation.join(BOB, NOW))
                    .isInstanceOfSatisfying(JoinRefusedException.class, e -> {
                        assertThat(e.joinedBy()).isEmpty();
                        assertThat(e.conversation()).isEqualTo(ConversationId.of("conv-1"));
                    })
                    .hasMessage("Conversation conv-1 is not looking for help. Current status: WAITING_FOR_CUSTOMER");
        }

        @Test
        void aLateJoinerLearnsWhoJoinedFirst() {
            Conversation conversation = ConversationFixtures.lookingForHelp();
            conversation.join(BOB, minutesLater(5));
            ConversationState afterBob = conversation.state();

            assertThatThrownBy(() -> conversation.join(CARL, NOW))
                    .isInstanceOfSatisfying(
                            JoinRefusedException.class,
                            e -> assertThat(e.joinedBy().map(Participant::name)).contains("Bob"))
                    .hasMessage("Conversation conv-1 is not looking for help: Bob joined first."
                            + " Current status: IN_PROGRESS");
            assertThat(conversation.state()).isEqualTo(afterBob);
        }

        @Test
        void theWinnerNamedIsTheOneWhoAnsweredTheLatestRequest() {
            Conversation conversation = ConversationFixtures.lookingForHelp();
            conversation.join(BOB, minutesLater(2));
            conversation.askForHelp(actor(ANA), minutesLater(3));
            conversation.join(CARL, minutesLater(4));

            assertThatThrownBy(() -> conversation.join(DORA, NOW))
                    .isInstanceOfSatisfying(
                            JoinRefusedException.class,
                            e -> assertThat(e.joinedBy().map(Participant::name)).contains("Carl"));
        }

        @Test
        void anOperatorTakingPartCannotJoinAgain() {
            Conversation conversation = ConversationFixtures.lookingForHelp();
            ConversationState before = conversation.state();

            assertThatThrownBy(() -> conversation.join(ANA, NOW))
                    .isInstanceOf(StateConflictException.class)
                    .hasMessageContaining("Ana already takes part in conversation conv-1");
            assertThat(conversation.state()).isEqualTo(before);
            assertThat(conversation.pullEvents()).isEmpty();
        }
    }

    @Nested
    class Rule6_InProgressByHand {
        @Test
        void canBeSetFromAnyOpenStatus() {
            for (Conversation conversation : List.of(
                    ConversationFixtures.inProgress(),
                    ConversationFixtures.waitingForCustomer(),
                    ConversationFixtures.lookingForHelp())) {
                conversation.markInProgress(actor(ANA), NOW);
                assertThat(conversation.state().status()).contains(ConversationStatus.IN_PROGRESS);
            }
        }
    }

    @Nested
    class Rule7_Transfer {
        @Test
        void theFirstOperatorMayStay() {
            Conversation conversation = ConversationFixtures.waitingForCustomer();

            conversation.transfer(ANA, CARL, false, NOW);

            ConversationState state = conversation.state();
            assertThat(state.status()).contains(ConversationStatus.IN_PROGRESS);
            assertThat(state.participants().present())
                    .extracting(Participant::name)
                    .containsExactly("Ana", "Carl");
            assertThat(state.participants().present().get(1).entry()).isEqualTo(Participant.Entry.TRANSFERRED);
            List<ConversationEvent> events = conversation.pullEvents();
            assertThat(events.get(0)).isInstanceOfSatisfying(ConversationTransferred.class, e -> {
                assertThat(e.from()).isEqualTo(ANA.id());
                assertThat(e.to()).isEqualTo(CARL.id());
                assertThat(e.fromLeft()).isFalse();
            });
            Message told = messagesIn(events).get(0);
            assertThat(told.authorKind()).isEqualTo(AuthorKind.SYSTEM);
            assertThat(told.body().value()).isEqualTo("Ana transferred the conversation to Carl");
        }

        @Test
        void theFirstOperatorMayLeaveAndThenTakesNoPart() {
            Conversation conversation = ConversationFixtures.inProgress();

            conversation.transfer(ANA, CARL, true, NOW);

            ConversationState state = conversation.state();
            assertThat(state.participants().present())
                    .extracting(Participant::name)
                    .containsExactly("Carl");
            assertThat(state.participants().all()).extracting(Participant::name).containsExactly("Ana", "Carl");
            assertThat(state.participants().all().get(0).leftAt()).contains(NOW);
            assertThat(conversation.takesPart(ANA.id())).isFalse();
            assertThat(conversation.takesPart(CARL.id())).isTrue();
            assertThat(conversation.pullEvents().get(0))
                    .isInstanceOfSatisfying(
                            ConversationTransferred.class,
                            e -> assertThat(e.fromLeft()).isTrue());
        }

        @Test
        void isRefusedToOneselfOrToSomeoneAlreadyTakingPart() {
            Conversation conversation = ConversationFixtures.lookingForHelp();
            conversation.join(BOB, minutesLater(2));
            conversation.pullEvents();
            ConversationState before = conversation.state();

            assertThatThrownBy(() -> conversation.transfer(ANA, ANA, false, NOW))
                    .isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> conversation.transfer(ANA, BOB, false, NOW))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("Bob already takes part");
            assertThat(conversation.state()).isEqualTo(before);
            assertThat(conversation.pullEvents()).isEmpty();
        }

        @Test
        void aUserWithoutLiveChatAccessCannotReceiveIt() {
            Conversation conversation = ConversationFixtures.inProgress();
            ConversationState before = conversation.state();
            Operator clerk = operator("u9", "Clerk").role(Role.USER).build();

            assertThatThrownBy(() -> conversation.transfer(ANA, clerk, false, NOW))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("Clerk")
                    .hasMessageContaining("has no live chat access");
            assertThat(conversation.state()).isEqualTo(before);
            assertThat(conversation.pullEvents()).isEmpty();
        }
    }

    @Nested
    class Rule8_Close {
        @Test
        void theCauseFollowsFromWhoCloses() {
            Conversation left = ConversationFixtures.inProgress();
            left.close(Actor.visitor("Visitor #42"), OUTCOMES, NOW);
            assertThat(left.state().lifecycle().closeCause()).contains(CloseCause.VISITOR_LEFT);

            Conversation closedByAna = ConversationFixtures.inProgress();
            closedByAna.close(actor(ANA), OUTCOMES, NOW);
            assertThat(closedByAna.state().lifecycle().closeCause()).contains(CloseCause.OPERATOR);
        }

        @Test
        void theSystemClosesOnlyAConversationNobodyWroteInSinceTheCutoff() {
            Conversation conversation = ConversationFixtures.inProgress();
            conversation.postVisitorMessage(text("Still there?"), minutesLater(5));
            conversation.pullEvents();
            ConversationState before = conversation.state();

            assertThat(conversation.closeIfInactiveSince(minutesLater(5), OUTCOMES, NOW))
                    .isFalse();
            assertThat(conversation.state()).isEqualTo(before);
            assertThat(conversation.pullEvents()).isEmpty();

            assertThat(conversation.closeIfInactiveSince(minutesLater(6), OUTCOMES, NOW))
                    .isTrue();
            assertThat(conversation.state().lifecycle()).isInstanceOfSatisfying(Lifecycle.Closed.class, closed -> {
                assertThat(closed.cause()).isEqualTo(CloseCause.INACTIVITY);
                assertThat(closed.at()).isEqualTo(NOW);
            });
            assertThat(conversation.closeIfInactiveSince(minutesLater(6), OUTCOMES, NOW))
                    .isFalse();
        }

        @Test
        void recordsTheTimeClearsTheStatusAndComputesTheOutcome() {
            Conversation conversation = ConversationFixtures.inProgress();
            conversation.postVisitorMessage(text("My invoice is wrong"), minutesLater(2));
            conversation.postOperatorMessage(ANA, text("Fixed it"), minutesLater(3));

            conversation.close(actor(ANA), CloseCause.OPERATOR, OUTCOMES, NOW);

            ConversationState state = conversation.state();
            assertThat(state.closed()).isTrue();
            assertThat(state.lifecycle().closedAt()).contains(NOW);
            assertThat(state.status()).isEmpty();
            assertThat(state.lifecycle().outcome()).contains(Outcome.SUCCESS);
            assertThat(state.lifecycle().closeCause()).contains(CloseCause.OPERATOR);
            assertThat(conversation.pullEvents()).last().isInstanceOfSatisfying(ConversationClosed.class, e -> {
                assertThat(e.outcome()).isEqualTo(Outcome.SUCCESS);
                assertThat(e.cause()).isEqualTo(CloseCause.OPERATOR);
            });
        }

        @Test
        void theVisitorLeavingAndTheSystemAlsoClose() {
            Conversation left = ConversationFixtures.inProgress();
            left.close(Actor.visitor("Visitor #42"), CloseCause.VISITOR_LEFT, OUTCOMES, NOW);
            assertThat(left.state().lifecycle().closeCause()).contains(CloseCause.VISITOR_LEFT);

            Conversation idle = ConversationFixtures.waitingForCustomer();
            idle.close(Actor.system(), CloseCause.INACTIVITY, OUTCOMES, NOW);
            assertThat(idle.state().lifecycle().closeCause()).contains(CloseCause.INACTIVITY);
            assertThat(idle.state()
                            .history()
                            .get(idle.state().history().size() - 1)
                            .actor())
                    .isEqualTo(Actor.system());
        }

        @Test
        void aClosedConversationTakesNoMoreMessagesNorStatusChanges() {
            Conversation conversation = ConversationFixtures.closed();

            assertThatThrownBy(() -> conversation.postVisitorMessage(text("Hello?"), NOW))
                    .isInstanceOf(ConversationClosedException.class);
            assertThatThrownBy(() -> conversation.postOperatorMessage(ANA, text("Hi"), NOW))
                    .isInstanceOf(ConversationClosedException.class);
            for (ConversationStatus status : ConversationStatus.values())
                assertThatThrownBy(() -> conversation.changeStatus(status, actor(ANA), NOW))
                        .isInstanceOf(ConversationClosedException.class);
            assertThatThrownBy(() -> conversation.close(actor(ANA), CloseCause.OPERATOR, OUTCOMES, NOW))
                    .isInstanceOf(ConversationClosedException.class);
            assertThat(conversation.state().lifecycle().outcome()).contains(Outcome.NO_ANSWER);
        }

        @Test
        void notesTagsAndExpertiseStayEditableForReporting() {
            Conversation conversation = ConversationFixtures.closed();

            conversation.editNote("Refund promised", BOB, NOW);
            conversation.addTag(TagName.of("Refund"), actor(BOB), NOW);
            conversation.setExpertise(
                    Set.of(ExpertiseName.of("Billing"), ExpertiseName.of("Refunds")), actor(BOB), NOW);

            ConversationState state = conversation.state();
            assertThat(state.annotations().note()).hasValueSatisfying(note -> {
                assertThat(note.text()).isEqualTo("Refund promised");
                assertThat(note.editorName()).isEqualTo("Bob");
                assertThat(note.editedAt()).isEqualTo(NOW);
            });
            assertThat(state.annotations().tags()).containsExactly(TagName.of("refund"));
            assertThat(state.annotations().expertise()).hasSize(2);
            assertThat(conversation.pullEvents())
                    .hasExactlyElementsOfTypes(NoteEdited.class, TagsChanged.class, ExpertiseChanged.class);
        }

        @Test
        void tagsAddedTwiceOrRemovedWhenAbsentChangeNothing() {
            Conversation conversation = ConversationFixtures.inProgress();
            conversation.addTag(TagName.of("Refund"), actor(ANA), NOW);
            conversation.pullEvents();

            conversation.addTag(TagName.of("REFUND"), actor(ANA), NOW);
            conversation.removeTag(TagName.of("Urgent"), actor(ANA), NOW);
            conversation.setExpertise(Set.of(ExpertiseName.of("billing")), actor(ANA), NOW);
            assertThat(conversation.pullEvents()).isEmpty();

            conversation.removeTag(TagName.of("refund"), actor(ANA), NOW);
            assertThat(conversation.state().annotations().tags()).isEmpty();
            assertThat(conversation.pullEvents()).hasExactlyElementsOfTypes(TagsChanged.class);
        }

        @Test
        void theTranscriptCanBeSentOnlyOnceClosed() {
            Conversation open = ConversationFixtures.lookingForHelp();
            TranscriptRequestId request = TranscriptRequestId.of("tr-1");

            assertThatThrownBy(open::requireClosedForTranscript)
                    .isInstanceOf(StateConflictException.class)
                    .hasMessageContaining("Current status: LOOKING_FOR_HELP");
            assertThatThrownBy(() ->
                            open.recordTranscript(request, TranscriptState.PENDING, Optional.empty(), actor(ANA), NOW))
                    .isInstanceOf(StateConflictException.class);
            assertThat(open.pullEvents()).isEmpty();

            Conversation closed = ConversationFixtures.closed();
            closed.requireClosedForTranscript();
            closed.recordTranscript(request, TranscriptState.PENDING, Optional.empty(), actor(ANA), NOW);
            assertThat(closed.pullEvents()).singleElement().isInstanceOfSatisfying(TranscriptStateChanged.class, e -> {
                assertThat(e.request()).isEqualTo(request);
                assertThat(e.state()).isEqualTo(TranscriptState.PENDING);
            });
        }
    }

    @Nested
    class Rule9_NoReopening {
        @Test
        void noVerbBringsAClosedConversationBackToAStatus() {
            Conversation conversation = ConversationFixtures.closed();

            assertThatThrownBy(() -> conversation.markInProgress(actor(ANA), NOW))
                    .isInstanceOf(ConversationClosedException.class);
            assertThatThrownBy(() -> conversation.transfer(ANA, CARL, false, NOW))
                    .isInstanceOf(ConversationClosedException.class);
            assertThatThrownBy(() -> conversation.join(BOB, NOW)).isInstanceOf(JoinRefusedException.class);
            assertThat(conversation.state().status()).isEmpty();
        }
    }

    @Nested
    class MessagesAndEvents {
        @Test
        void messagesAreNumberedOneTwoThreePerConversation() {
            Conversation conversation = ConversationFixtures.inProgress();

            Message first = conversation.postVisitorMessage(text("Hello"), minutesLater(2));
            Message second = conversation.postOperatorMessage(ANA, text("Bonjour"), minutesLater(3));
            Message third = conversation.postVisitorMessage(text("Thanks"), minutesLater(4));

            assertThat(List.of(first, second, third)).extracting(Message::seq).containsExactly(1L, 2L, 3L);
            assertThat(first.authorKind()).isEqualTo(AuthorKind.VISITOR);
            assertThat(first.authorName()).isEqualTo("Visitor #42");
            assertThat(second.authorKind()).isEqualTo(AuthorKind.OPERATOR);
            assertThat(second.authorId()).contains(ANA.id());
            assertThat(third.sentAt()).isEqualTo(minutesLater(4));
            assertThat(conversation.state().messages().lastSeq()).isEqualTo(3);
        }

        @Test
        void systemMessagesTakeTheirPlaceInTheSameNumbering() {
            Conversation conversation = ConversationFixtures.lookingForHelp();
            conversation.postVisitorMessage(text("Hello"), minutesLater(2));
            conversation.join(BOB, minutesLater(3));
            Message after = conversation.postOperatorMessage(BOB, text("Bob here"), minutesLater(4));

            assertThat(after.seq()).isEqualTo(3);
        }

        @Test
        void eventsAreNumberedOneTwoThreePerConversation() {
            Conversation one = ConversationFixtures.startedWithAna();
            one.postVisitorMessage(text("Hello"), minutesLater(2));
            Conversation other =
                    Conversation.start(opening("conv-2"), assignmentOf(BOB), Optional.of(BOB), minutesLater(3));

            assertThat(one.pullEvents()).extracting(ConversationEvent::seq).containsExactly(1L, 2L, 3L);
            assertThat(other.pullEvents()).extracting(ConversationEvent::seq).containsExactly(1L, 2L);

            one.markWaitingForCustomer(actor(ANA), NOW);
            assertThat(one.pullEvents()).extracting(ConversationEvent::seq).containsExactly(4L);
            assertThat(one.state().revision().lastEventSeq()).isEqualTo(4);
        }

        @Test
        void pullingHandsTheEventsOverOnce() {
            Conversation conversation = ConversationFixtures.startedWithAna();

            assertThat(conversation.pullEvents()).isNotEmpty();
            assertThat(conversation.pullEvents()).isEmpty();
        }

        @Test
        void aRestoredConversationContinuesBothNumberings() {
            Conversation conversation = ConversationFixtures.inProgress();
            conversation.postVisitorMessage(text("Hello"), minutesLater(2));
            Conversation restored = Conversation.restore(conversation.state());

            Message next = restored.postOperatorMessage(ANA, text("Hi"), NOW);

            assertThat(next.seq()).isEqualTo(2);
            assertThat(restored.pullEvents()).extracting(ConversationEvent::seq).containsExactly(4L);
        }
    }

    @Nested
    class History {
        @Test
        void keepsWhoWhenFromToAndWhyForEveryTransition() {
            Conversation conversation = ConversationFixtures.inProgress();
            conversation.markWaitingForCustomer(actor(ANA), minutesLater(2));
            conversation.postVisitorMessage(text("Here it is"), minutesLater(3));
            conversation.askForHelp(actor(ANA), minutesLater(4));
            conversation.join(BOB, minutesLater(5));
            conversation.transfer(BOB, CARL, true, minutesLater(6));
            conversation.markWaitingForCustomer(actor(CARL), minutesLater(7));
            conversation.close(actor(CARL), CloseCause.OPERATOR, OUTCOMES, minutesLater(8));

            var ip = Optional.of(ConversationStatus.IN_PROGRESS);
            var waiting = Optional.of(ConversationStatus.WAITING_FOR_CUSTOMER);
            var help = Optional.of(ConversationStatus.LOOKING_FOR_HELP);
            Actor visitor = Actor.visitor("Visitor #42");
            assertThat(conversation.state().history())
                    .containsExactly(
                            new StatusTransition(T0, visitor, Optional.empty(), ip, "started"),
                            new StatusTransition(minutesLater(2), actor(ANA), ip, waiting, "set by hand"),
                            new StatusTransition(minutesLater(3), visitor, waiting, ip, "visitor replied"),
                            new StatusTransition(minutesLater(4), actor(ANA), ip, help, "set by hand"),
                            new StatusTransition(minutesLater(5), actor(BOB), help, ip, "joined"),
                            new StatusTransition(minutesLater(7), actor(CARL), ip, waiting, "set by hand"),
                            new StatusTransition(minutesLater(8), actor(CARL), waiting, Optional.empty(), "OPERATOR"));
        }

        @Test
        void everyStatusChangeIsAlsoAnEventWithTheSameFacts() {
            Conversation conversation = ConversationFixtures.inProgress();
            conversation.markWaitingForCustomer(actor(ANA), NOW);

            StatusChanged event = (StatusChanged) conversation.pullEvents().get(0);
            StatusTransition line = conversation.state().history().get(1);

            assertThat(event.header().actor()).isEqualTo(line.actor());
            assertThat(event.header().at()).isEqualTo(line.at());
            assertThat(event.from()).isEqualTo(line.from());
            assertThat(event.to()).isEqualTo(line.to());
            assertThat(event.cause()).isEqualTo(line.cause());
        }
    }

    @Nested
    class WaitingForAnOperator {
        @Test
        void startsWithoutOperatorAndTellsTheVisitor() {
            Conversation conversation = ConversationFixtures.startedWithoutOperator();

            ConversationState state = conversation.state();
            assertThat(state.status()).contains(ConversationStatus.IN_PROGRESS);
            assertThat(state.participants().all()).isEmpty();
            assertThat(state.waitingForOperator()).isTrue();
            assertThat(state.assignment().rule()).isEqualTo(AssignmentRule.NO_ONE_AVAILABLE);
            Message told = messagesIn(conversation.pullEvents()).get(0);
            assertThat(told.seq()).isEqualTo(1);
            assertThat(told.authorKind()).isEqualTo(AuthorKind.SYSTEM);
            assertThat(told.body().value()).startsWith("No operator is available right now.");
        }

        @Test
        void isGivenTheOperatorThatFreesUpAndTheVisitorIsTold() {
            Conversation conversation = ConversationFixtures.startedWithoutOperator();
            conversation.pullEvents();
            Assignment assignment = assignmentOf(ANA);

            conversation.assignWaiting(ANA, assignment, NOW);

            ConversationState state = conversation.state();
            assertThat(state.waitingForOperator()).isFalse();
            assertThat(state.assignment()).isEqualTo(assignment);
            assertThat(state.participants().present()).singleElement().satisfies(p -> {
                assertThat(p.id()).isEqualTo(ANA.id());
                assertThat(p.entry()).isEqualTo(Participant.Entry.ASSIGNED);
                assertThat(p.since()).isEqualTo(NOW);
            });
            List<ConversationEvent> events = conversation.pullEvents();
            assertThat(events).hasExactlyElementsOfTypes(OperatorAssigned.class, MessagePosted.class);
            assertThat(messagesIn(events).get(0).body().value()).isEqualTo("Ana joined the conversation");
        }

        @Test
        void aConversationWithAnOperatorIsNotAssignedAgain() {
            Conversation conversation = ConversationFixtures.inProgress();

            assertThatThrownBy(() -> conversation.assignWaiting(BOB, assignmentOf(BOB), NOW))
                    .isInstanceOf(StateConflictException.class)
                    .hasMessageContaining("already has an operator");
        }

        @Test
        void aClosedOneIsNotAssignedAtAll() {
            Conversation conversation = ConversationFixtures.startedWithoutOperator();
            conversation.close(Actor.visitor("Visitor #42"), CloseCause.VISITOR_LEFT, OUTCOMES, T1);

            assertThatThrownBy(() -> conversation.assignWaiting(ANA, assignmentOf(ANA), NOW))
                    .isInstanceOf(ConversationClosedException.class);
            assertThat(conversation.state().lifecycle().outcome()).contains(Outcome.NO_ONE_AVAILABLE);
        }
    }

    @Nested
    class Version {
        @Test
        void isWhatStorageLastGave() {
            Conversation conversation = ConversationFixtures.inProgress();
            assertThat(conversation.state().version()).isZero();

            conversation.savedAtVersion(7);
            assertThat(conversation.state().version()).isEqualTo(7);

            conversation.postVisitorMessage(text("Hello"), NOW);
            assertThat(conversation.state().version())
                    .as("a verb does not move the version: only storage does")
                    .isEqualTo(7);
            assertThat(Conversation.restore(conversation.state()).state().version())
                    .isEqualTo(7);
        }
    }
}
