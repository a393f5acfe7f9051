package dev.livechat.domain.outcome;

import static dev.livechat.domain.conversation.ConversationFixtures.ANA;
import static dev.livechat.domain.conversation.ConversationFixtures.BOB;
import static dev.livechat.domain.conversation.ConversationFixtures.CARL;
import static dev.livechat.domain.conversation.ConversationFixtures.NOW;
import static dev.livechat.domain.conversation.ConversationFixtures.T0;
import static dev.livechat.domain.conversation.ConversationFixtures.actor;
import static dev.livechat.domain.conversation.ConversationFixtures.assignmentOf;
import static dev.livechat.domain.conversation.ConversationFixtures.minutesLater;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.CloseCause;
import dev.livechat.domain.conversation.Conversation;
import dev.livechat.domain.conversation.ConversationFixtures;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.conversation.Outcome;
import dev.livechat.domain.operator.Operator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * docs/product-rules.md "Outcome": the first rule that holds, and the boundaries between the rules. Every
 * conversation here is walked through the aggregate's verbs and closed with the default policy.
 */
class DefaultOutcomePolicyTest {
    static final Actor VISITOR = Actor.visitor("Visitor #42");

    static void visitorWrites(Conversation conversation, int minute) {
        conversation.postVisitorMessage(MessageBody.of("visitor line " + minute), minutesLater(minute));
    }

    static void operatorWrites(Conversation conversation, Operator who, int minute) {
        conversation.postOperatorMessage(who, MessageBody.of(who.name() + " line " + minute), minutesLater(minute));
    }

    static Outcome closeWithDefaultPolicy(Conversation conversation) {
        conversation.close(actor(ANA), CloseCause.OPERATOR, new DefaultOutcomePolicy(), NOW);
        return conversation.state().lifecycle().outcome().orElseThrow();
    }

    static Outcome leaveWithDefaultPolicy(Conversation conversation, CloseCause cause) {
        conversation.close(
                cause == CloseCause.INACTIVITY ? Actor.system() : VISITOR, cause, new DefaultOutcomePolicy(), NOW);
        return conversation.state().lifecycle().outcome().orElseThrow();
    }

    @Nested
    class NoOneAvailable {
        @ParameterizedTest
        @EnumSource(
                value = CloseCause.class,
                names = {"VISITOR_LEFT", "INACTIVITY"})
        void whenNoOperatorEverTookPartEvenIfTheVisitorWrote(CloseCause cause) {
            Conversation conversation = ConversationFixtures.startedWithoutOperator();
            visitorWrites(conversation, 1);
            visitorWrites(conversation, 2);
            visitorWrites(conversation, 3);

            assertThat(leaveWithDefaultPolicy(conversation, cause)).isEqualTo(Outcome.NO_ONE_AVAILABLE);
        }
    }

    @Nested
    class Escalated {
        @Test
        void whenAColleagueJoinedAfterAHelpRequestEvenWithoutAnyMessage() {
            Conversation conversation = ConversationFixtures.lookingForHelp();
            conversation.join(BOB, minutesLater(2));

            assertThat(closeWithDefaultPolicy(conversation)).isEqualTo(Outcome.ESCALATED);
        }

        @Test
        void whenTransferredAndTheFirstOperatorStayed() {
            Conversation conversation = ConversationFixtures.inProgress();
            conversation.transfer(ANA, CARL, false, minutesLater(2));

            assertThat(closeWithDefaultPolicy(conversation)).isEqualTo(Outcome.ESCALATED);
        }

        @Test
        void whenTransferredAndTheFirstOperatorLeftTheyStillBothCount() {
            Conversation conversation = ConversationFixtures.inProgress();
            visitorWrites(conversation, 1);
            operatorWrites(conversation, ANA, 2);
            conversation.transfer(ANA, CARL, true, minutesLater(3));

            conversation.close(actor(CARL), CloseCause.OPERATOR, new DefaultOutcomePolicy(), NOW);

            assertThat(conversation.state().participants().present()).hasSize(1);
            assertThat(conversation.state().lifecycle().outcome()).contains(Outcome.ESCALATED);
        }

        @Test
        void evenWhenTheExchangeWasPerfectlyTwoWay() {
            Conversation conversation = ConversationFixtures.lookingForHelp();
            visitorWrites(conversation, 2);
            conversation.join(BOB, minutesLater(3));
            operatorWrites(conversation, BOB, 4);
            visitorWrites(conversation, 5);

            assertThat(closeWithDefaultPolicy(conversation)).isEqualTo(Outcome.ESCALATED);
        }
    }

    @Nested
    class NoAnswer {
        @Test
        void whenNobodyWroteAtAll() {
            assertThat(closeWithDefaultPolicy(ConversationFixtures.inProgress()))
                    .isEqualTo(Outcome.NO_ANSWER);
        }

        @Test
        void whenTheVisitorWroteOnlyBeforeTheOperatorWasPresent() {
            Conversation conversation = ConversationFixtures.startedWithoutOperator();
            visitorWrites(conversation, 1);
            visitorWrites(conversation, 2);
            conversation.assignWaiting(ANA, assignmentOf(ANA), minutesLater(3));
            operatorWrites(conversation, ANA, 4);

            assertThat(closeWithDefaultPolicy(conversation)).isEqualTo(Outcome.NO_ANSWER);
        }

        @Test
        void whenTheOperatorWroteNothing() {
            Conversation conversation = ConversationFixtures.inProgress();
            visitorWrites(conversation, 1);
            visitorWrites(conversation, 2);

            assertThat(closeWithDefaultPolicy(conversation)).isEqualTo(Outcome.NO_ANSWER);
        }

        @Test
        void whenTheVisitorWroteNothing() {
            Conversation conversation = ConversationFixtures.inProgress();
            operatorWrites(conversation, ANA, 1);
            operatorWrites(conversation, ANA, 2);

            assertThat(closeWithDefaultPolicy(conversation)).isEqualTo(Outcome.NO_ANSWER);
        }

        @Test
        void systemMessagesAreNoAnswer() {
            // the SYSTEM messages "no operator available" and "Ana joined" are not the operator writing
            Conversation conversation = ConversationFixtures.startedWithoutOperator();
            conversation.assignWaiting(ANA, assignmentOf(ANA), minutesLater(1));
            visitorWrites(conversation, 2);

            assertThat(closeWithDefaultPolicy(conversation)).isEqualTo(Outcome.NO_ANSWER);
        }
    }

    @Nested
    class Success {
        @Test
        void whenTheVisitorAndTheOneOperatorBothWrote() {
            Conversation conversation = ConversationFixtures.inProgress();
            visitorWrites(conversation, 1);
            operatorWrites(conversation, ANA, 2);

            assertThat(closeWithDefaultPolicy(conversation)).isEqualTo(Outcome.SUCCESS);
        }

        @Test
        void whicheverWroteFirst() {
            Conversation conversation = ConversationFixtures.inProgress();
            operatorWrites(conversation, ANA, 1);
            visitorWrites(conversation, 2);

            assertThat(closeWithDefaultPolicy(conversation)).isEqualTo(Outcome.SUCCESS);
        }

        @Test
        void whenTheVisitorAlsoWroteOnceTheWaitingConversationGotItsOperator() {
            Conversation conversation = ConversationFixtures.startedWithoutOperator();
            visitorWrites(conversation, 1);
            conversation.assignWaiting(ANA, assignmentOf(ANA), minutesLater(2));
            visitorWrites(conversation, 3);
            operatorWrites(conversation, ANA, 4);

            assertThat(leaveWithDefaultPolicy(conversation, CloseCause.VISITOR_LEFT))
                    .isEqualTo(Outcome.SUCCESS);
        }

        @Test
        void whateverClosedIt() {
            Conversation conversation = ConversationFixtures.waitingForCustomer();
            visitorWrites(conversation, 2);
            operatorWrites(conversation, ANA, 3);

            assertThat(leaveWithDefaultPolicy(conversation, CloseCause.INACTIVITY))
                    .isEqualTo(Outcome.SUCCESS);
        }
    }

    @Nested
    class AReplacedPolicy {
        @Test
        void isTheOneCloseUsesWithTheFactsAtTheClose() {
            List<OutcomeFacts> seen = new ArrayList<>();
            OutcomePolicy everythingIsASuccess = facts -> {
                seen.add(facts);
                return Outcome.SUCCESS;
            };
            Conversation conversation = ConversationFixtures.startedWithoutOperator();
            visitorWrites(conversation, 1);

            conversation.close(VISITOR, CloseCause.VISITOR_LEFT, everythingIsASuccess, NOW);

            assertThat(conversation.state().lifecycle().outcome()).contains(Outcome.SUCCESS);
            assertThat(seen).singleElement().satisfies(facts -> {
                assertThat(facts.cause()).isEqualTo(CloseCause.VISITOR_LEFT);
                assertThat(facts.startedAt()).isEqualTo(T0);
                assertThat(facts.closedAt()).isEqualTo(NOW);
                assertThat(facts.participants().all()).isEmpty();
                assertThat(facts.messages().visitorMessages()).isEqualTo(1);
            });
        }

        @Test
        void isAskedOnceAndItsAnswerIsKept() {
            List<OutcomeFacts> seen = new ArrayList<>();
            Conversation conversation = ConversationFixtures.inProgress();
            conversation.close(
                    actor(ANA),
                    CloseCause.OPERATOR,
                    facts -> {
                        seen.add(facts);
                        return Outcome.ESCALATED;
                    },
                    NOW);

            conversation.editNote("for the report", ANA, NOW.plusSeconds(60));

            assertThat(seen).hasSize(1);
            assertThat(conversation.state().lifecycle().outcome()).contains(Outcome.ESCALATED);
        }
    }
}
