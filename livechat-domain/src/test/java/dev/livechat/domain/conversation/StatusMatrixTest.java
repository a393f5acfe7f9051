package dev.livechat.domain.conversation;

import static dev.livechat.domain.conversation.ConversationAction.*;
import static dev.livechat.domain.conversation.ConversationFixtures.ANA;
import static dev.livechat.domain.conversation.ConversationFixtures.BOB;
import static dev.livechat.domain.conversation.ConversationFixtures.CARL;
import static dev.livechat.domain.conversation.ConversationFixtures.NOW;
import static dev.livechat.domain.conversation.ConversationFixtures.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.livechat.domain.error.StateConflictException;
import dev.livechat.domain.event.ConversationClosed;
import dev.livechat.domain.event.ConversationEvent;
import dev.livechat.domain.event.ConversationTransferred;
import dev.livechat.domain.event.HelpQueueChanged;
import dev.livechat.domain.event.MessagePosted;
import dev.livechat.domain.event.OperatorJoined;
import dev.livechat.domain.event.StatusChanged;
import dev.livechat.domain.outcome.DefaultOutcomePolicy;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every status × every action of {@link ConversationAction}, through the aggregate's verbs. The
 * expectations below are docs/product-rules.md "Status" written as a table (compare {@link StatusRules}); a
 * missing cell fails the test, so a new status or action cannot slip through untested.
 */
class StatusMatrixTest {

    /** Where a conversation stands before the action: one of the open statuses, or closed. */
    enum From {
        IN_PROGRESS(ConversationFixtures::inProgress),
        WAITING_FOR_CUSTOMER(ConversationFixtures::waitingForCustomer),
        LOOKING_FOR_HELP(ConversationFixtures::lookingForHelp),
        CLOSED(ConversationFixtures::closed);

        private final Supplier<Conversation> reach;

        From(Supplier<Conversation> reach) {
            this.reach = reach;
        }

        Conversation reach() {
            return reach.get();
        }
    }

    sealed interface Expected permits Moves, Refused {}

    /** Allowed: the status after ({@code null}: closed) and the events, described by {@link #describe}. */
    record Moves(ConversationStatus to, List<String> events) implements Expected {}

    /** Refused with this exception type; nothing changes. */
    record Refused(Class<? extends RuntimeException> type) implements Expected {}

    static final Map<From, Map<ConversationAction, Expected>> TABLE = new EnumMap<>(From.class);

    static {
        var ip = ConversationStatus.IN_PROGRESS;
        var waiting = ConversationStatus.WAITING_FOR_CUSTOMER;
        var help = ConversationStatus.LOOKING_FOR_HELP;

        cell(From.IN_PROGRESS, POST_VISITOR_MESSAGE, moves(ip, "MessagePosted VISITOR"));
        cell(From.IN_PROGRESS, POST_OPERATOR_MESSAGE, moves(ip, "MessagePosted OPERATOR"));
        cell(From.IN_PROGRESS, MARK_IN_PROGRESS, moves(ip));
        cell(
                From.IN_PROGRESS,
                MARK_WAITING_FOR_CUSTOMER,
                moves(waiting, "StatusChanged IN_PROGRESS → WAITING_FOR_CUSTOMER (set by hand) by Ana"));
        cell(
                From.IN_PROGRESS,
                ASK_FOR_HELP,
                moves(
                        help,
                        "StatusChanged IN_PROGRESS → LOOKING_FOR_HELP (set by hand) by Ana",
                        "HelpQueueChanged entered"));
        cell(From.IN_PROGRESS, JOIN, refused(JoinRefusedException.class));
        cell(
                From.IN_PROGRESS,
                TRANSFER,
                moves(ip, "ConversationTransferred Ana → Carl, Ana stays", "MessagePosted SYSTEM"));
        cell(From.IN_PROGRESS, CLOSE, moves(null, "ConversationClosed OPERATOR NO_ANSWER"));

        cell(
                From.WAITING_FOR_CUSTOMER,
                POST_VISITOR_MESSAGE,
                moves(
                        ip,
                        "MessagePosted VISITOR",
                        "StatusChanged WAITING_FOR_CUSTOMER → IN_PROGRESS (visitor replied) by Visitor #42"));
        cell(From.WAITING_FOR_CUSTOMER, POST_OPERATOR_MESSAGE, moves(waiting, "MessagePosted OPERATOR"));
        cell(
                From.WAITING_FOR_CUSTOMER,
                MARK_IN_PROGRESS,
                moves(ip, "StatusChanged WAITING_FOR_CUSTOMER → IN_PROGRESS (set by hand) by Ana"));
        cell(From.WAITING_FOR_CUSTOMER, MARK_WAITING_FOR_CUSTOMER, moves(waiting));
        cell(
                From.WAITING_FOR_CUSTOMER,
                ASK_FOR_HELP,
                moves(
                        help,
                        "StatusChanged WAITING_FOR_CUSTOMER → LOOKING_FOR_HELP (set by hand) by Ana",
                        "HelpQueueChanged entered"));
        cell(From.WAITING_FOR_CUSTOMER, JOIN, refused(JoinRefusedException.class));
        cell(
                From.WAITING_FOR_CUSTOMER,
                TRANSFER,
                moves(
                        ip,
                        "ConversationTransferred Ana → Carl, Ana stays",
                        "StatusChanged WAITING_FOR_CUSTOMER → IN_PROGRESS (transferred to Carl) by Ana",
                        "MessagePosted SYSTEM"));
        cell(From.WAITING_FOR_CUSTOMER, CLOSE, moves(null, "ConversationClosed OPERATOR NO_ANSWER"));

        cell(From.LOOKING_FOR_HELP, POST_VISITOR_MESSAGE, moves(help, "MessagePosted VISITOR"));
        cell(From.LOOKING_FOR_HELP, POST_OPERATOR_MESSAGE, moves(help, "MessagePosted OPERATOR"));
        cell(
                From.LOOKING_FOR_HELP,
                MARK_IN_PROGRESS,
                moves(
                        ip,
                        "StatusChanged LOOKING_FOR_HELP → IN_PROGRESS (set by hand) by Ana",
                        "HelpQueueChanged left"));
        cell(
                From.LOOKING_FOR_HELP,
                MARK_WAITING_FOR_CUSTOMER,
                moves(
                        waiting,
                        "StatusChanged LOOKING_FOR_HELP → WAITING_FOR_CUSTOMER (set by hand) by Ana",
                        "HelpQueueChanged left"));
        cell(From.LOOKING_FOR_HELP, ASK_FOR_HELP, moves(help));
        cell(
                From.LOOKING_FOR_HELP,
                JOIN,
                moves(
                        ip,
                        "OperatorJoined Bob",
                        "StatusChanged LOOKING_FOR_HELP → IN_PROGRESS (joined) by Bob",
                        "HelpQueueChanged left",
                        "MessagePosted SYSTEM"));
        cell(
                From.LOOKING_FOR_HELP,
                TRANSFER,
                moves(
                        ip,
                        "ConversationTransferred Ana → Carl, Ana stays",
                        "StatusChanged LOOKING_FOR_HELP → IN_PROGRESS (transferred to Carl) by Ana",
                        "HelpQueueChanged left",
                        "MessagePosted SYSTEM"));
        cell(
                From.LOOKING_FOR_HELP,
                CLOSE,
                moves(null, "HelpQueueChanged left", "ConversationClosed OPERATOR NO_ANSWER"));

        // A closed conversation takes no more messages and no status change (rule 8), and there is
        // no reopening (rule 9). A join is refused as a join, with the state that forbade it.
        for (ConversationAction action : ConversationAction.values())
            cell(
                    From.CLOSED,
                    action,
                    refused(action == JOIN ? JoinRefusedException.class : ConversationClosedException.class));
    }

    static Stream<Arguments> everyStatusAndAction() {
        return Arrays.stream(From.values())
                .flatMap(from -> Arrays.stream(ConversationAction.values()).map(action -> Arguments.of(from, action)));
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("everyStatusAndAction")
    void everyActionInEveryStatusMovesAsTheTableSaysOrIsRefusedWithoutChange(From from, ConversationAction action) {
        Expected expected = TABLE.getOrDefault(from, Map.of()).get(action);
        assertThat(expected)
                .as("the table has a cell for %s × %s", from, action)
                .isNotNull();
        Conversation conversation = from.reach();
        ConversationState before = conversation.state();

        if (expected instanceof Refused refused) {
            Throwable refusal = catchThrowable(() -> perform(action, conversation));
            assertThat(refusal)
                    .isExactlyInstanceOf(refused.type())
                    .hasMessageContaining("Conversation conv-1")
                    .hasMessageEndingWith("Current status: " + from.name());
            assertThat(conversation.state()).isEqualTo(before);
            assertThat(conversation.pullEvents()).isEmpty();
            return;
        }

        Moves moves = (Moves) expected;
        perform(action, conversation);
        ConversationState after = conversation.state();
        List<ConversationEvent> events = conversation.pullEvents();

        assertThat(after.status()).isEqualTo(Optional.ofNullable(moves.to()));
        assertThat(after.closed()).isEqualTo(moves.to() == null);
        assertThat(events).extracting(StatusMatrixTest::describe).containsExactlyElementsOf(moves.events());
        assertThat(events)
                .extracting(ConversationEvent::seq)
                .containsExactlyElementsOf(LongStream.rangeClosed(
                                before.revision().lastEventSeq() + 1,
                                before.revision().lastEventSeq() + events.size())
                        .boxed()
                        .toList());
        assertThat(events).allSatisfy(event -> assertThat(event.header().at()).isEqualTo(NOW));
        assertThat(after.revision().lastEventSeq()).isEqualTo(before.revision().lastEventSeq() + events.size());

        boolean statusMoved = !after.status().equals(before.status());
        if (statusMoved) {
            StatusTransition line = after.history().get(after.history().size() - 1);
            assertThat(after.history()).hasSize(before.history().size() + 1);
            assertThat(line.from()).isEqualTo(before.status());
            assertThat(line.to()).isEqualTo(after.status());
            assertThat(line.at()).isEqualTo(NOW);
            assertThat(after.lifecycle().since()).isEqualTo(NOW);
        } else {
            assertThat(after.history()).isEqualTo(before.history());
            assertThat(after.lifecycle().since()).isEqualTo(before.lifecycle().since());
        }
    }

    /**
     * The aggregate's verbs above and {@link StatusRules} itself must say the same: some verbs
     * (an operator message) consult the table only for its refusal, so the table is checked too.
     */
    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("everyStatusAndAction")
    void theTransitionTableSaysWhatTheAggregateDoes(From from, ConversationAction action) {
        Expected expected = TABLE.get(from).get(action);
        ConversationId id = ConversationId.of("conv-1");
        Optional<ConversationStatus> current =
                from == From.CLOSED ? Optional.empty() : Optional.of(ConversationStatus.valueOf(from.name()));

        if (expected instanceof Moves moves)
            assertThat(StatusRules.after(id, current, action)).isEqualTo(Optional.ofNullable(moves.to()));
        else
            assertThatThrownBy(() -> StatusRules.after(id, current, action))
                    .isInstanceOf(StateConflictException.class)
                    .hasMessageEndingWith("Current status: " + from.name());
    }

    @ParameterizedTest
    @EnumSource(ConversationStatus.class)
    void settingTheSameStatusByHandChangesNothingAndRecordsNoEvent(ConversationStatus status) {
        Conversation conversation = From.valueOf(status.name()).reach();
        ConversationState before = conversation.state();

        conversation.changeStatus(status, actor(ANA), NOW);

        assertThat(conversation.state()).isEqualTo(before);
        assertThat(conversation.pullEvents()).isEmpty();
    }

    @Test
    void theTableCoversEveryStatusAndEveryActionAndNothingElse() {
        assertThat(TABLE.keySet()).containsExactlyInAnyOrder(From.values());
        TABLE.values().forEach(row -> assertThat(row.keySet()).containsExactlyInAnyOrder(ConversationAction.values()));
        assertThat(Arrays.stream(From.values()).filter(f -> f != From.CLOSED).map(From::name))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(ConversationStatus.values())
                        .map(Enum::name)
                        .toList());
    }

    @Test
    void aClosedConversationRefusesAJoinNamingNoWinner() {
        Conversation conversation = From.CLOSED.reach();

        assertThatThrownBy(() -> conversation.join(BOB, NOW))
                .isInstanceOfSatisfying(
                        JoinRefusedException.class,
                        e -> assertThat(e.joinedBy()).isEmpty());
    }

    // ---- the matrix's vocabulary ----

    /** Ana takes part in every fixture; Bob is a colleague who does not, Carl the transfer target. */
    static void perform(ConversationAction action, Conversation conversation) {
        switch (action) {
            case POST_VISITOR_MESSAGE -> conversation.postVisitorMessage(MessageBody.of("Hello?"), NOW);
            case POST_OPERATOR_MESSAGE -> conversation.postOperatorMessage(ANA, MessageBody.of("Hi!"), NOW);
            case MARK_IN_PROGRESS -> conversation.markInProgress(actor(ANA), NOW);
            case MARK_WAITING_FOR_CUSTOMER -> conversation.markWaitingForCustomer(actor(ANA), NOW);
            case ASK_FOR_HELP -> conversation.askForHelp(actor(ANA), NOW);
            case JOIN -> conversation.join(BOB, NOW);
            case TRANSFER -> conversation.transfer(ANA, CARL, false, NOW);
            case CLOSE -> conversation.close(actor(ANA), CloseCause.OPERATOR, new DefaultOutcomePolicy(), NOW);
        }
    }

    static String describe(ConversationEvent event) {
        if (event instanceof MessagePosted e)
            return "MessagePosted " + e.message().authorKind();
        if (event instanceof StatusChanged e)
            return "StatusChanged " + name(e.from()) + " → " + name(e.to()) + " (" + e.cause() + ") by "
                    + e.header().actor().name();
        if (event instanceof HelpQueueChanged e) return "HelpQueueChanged " + (e.inQueue() ? "entered" : "left");
        if (event instanceof OperatorJoined e) return "OperatorJoined " + e.operatorName();
        if (event instanceof ConversationTransferred e)
            return "ConversationTransferred " + e.header().actor().name() + " → " + e.toName() + ", "
                    + e.header().actor().name() + (e.fromLeft() ? " leaves" : " stays");
        if (event instanceof ConversationClosed e) return "ConversationClosed " + e.cause() + " " + e.outcome();
        return event.getClass().getSimpleName();
    }

    private static String name(Optional<ConversationStatus> status) {
        return status.map(Enum::name).orElse("closed");
    }

    private static Moves moves(ConversationStatus to, String... events) {
        return new Moves(to, List.of(events));
    }

    private static Refused refused(Class<? extends RuntimeException> type) {
        return new Refused(type);
    }

    private static void cell(From from, ConversationAction action, Expected expected) {
        Map<ConversationAction, Expected> row =
                TABLE.computeIfAbsent(from, f -> new EnumMap<>(ConversationAction.class));
        if (row.put(action, expected) != null) throw new IllegalStateException(from + " × " + action + " twice");
    }
}
