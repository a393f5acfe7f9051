package dev.livechat.domain.service;

import static dev.livechat.domain.fixtures.OperatorFixtures.CHANNEL;
import static dev.livechat.domain.fixtures.OperatorFixtures.operator;
import static dev.livechat.domain.service.World.as;
import static dev.livechat.domain.service.World.visitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.assignment.AssignmentRule;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.channel.SessionCap;
import dev.livechat.domain.conversation.AuthorKind;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationState;
import dev.livechat.domain.conversation.ConversationStatus;
import dev.livechat.domain.conversation.Message;
import dev.livechat.domain.conversation.Outcome;
import dev.livechat.domain.conversation.Participant;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.Presence;
import dev.livechat.domain.port.in.StartedConversation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Starting a conversation: assignment, the visitor's token, and waiting oldest first for an operator. */
class StartAndWaitTest {
    final World world = new World();

    @Nested
    class WithAnOperatorAvailable {
        final Operator ana = world.add(operator("u1", "Ana").speaks("en"));
        final Operator zoe = world.add(operator("u2", "Zoé").speaks("fr"));

        @Test
        void theConversationIsAssignedWithATraceAndTheVisitorGetsAToken() {
            StartedConversation started =
                    world.start(visitor("Claire").language("fr-BE").saying("Bonjour"));

            ConversationState state = started.conversation();
            assertThat(state.status()).contains(ConversationStatus.IN_PROGRESS);
            assertThat(state.participants().present())
                    .extracting(Participant::name)
                    .containsExactly("Zoé");
            assertThat(state.assignment().rule()).isEqualTo(AssignmentRule.LANGUAGE);
            assertThat(state.assignment().trace()).first().asString().startsWith("Chose Zoé (u2)");
            assertThat(state.assignment().trace())
                    .anySatisfy(line -> assertThat(line).startsWith("Ana (u1)"));
            assertThat(state.version()).isEqualTo(1);
            assertThat(world.stored(state.id())).isEqualTo(state);
            assertThat(world.messages(state.id()))
                    .singleElement()
                    .satisfies(m -> assertThat(m.body().value()).isEqualTo("Bonjour"));
            assertThat(world.historyTypes(state.id()))
                    .containsExactly("conversation.started", "operator.assigned", "message.posted");
            assertThat(world.publishedTypes(state.id())).isEqualTo(world.historyTypes(state.id()));
        }

        @Test
        void theVisitorTokenAuthenticatesAsThatConversation() {
            StartedConversation started = world.start(visitor("Claire"));

            assertThat(world.chat.authenticate().authenticate(started.visitorToken()))
                    .contains(Caller.visitor(started.conversation().id()));
        }

        @Test
        void aReturningVisitorGetsTheirPreviousOperator() {
            StartedConversation first = world.start(visitor("Claire").key("browser-1"));
            world.close(world.visitorOf(first), first.conversation().id());
            String firstOperator =
                    first.conversation().participants().all().get(0).name();

            StartedConversation again =
                    world.start(visitor("Claire").key("browser-1").language("xx-unknown"));

            assertThat(again.conversation().assignment().rule()).isEqualTo(AssignmentRule.PREVIOUS_OPERATOR);
            assertThat(again.conversation().participants().present())
                    .extracting(Participant::name)
                    .containsExactly(firstOperator);
        }
    }

    @Nested
    class WithNoOperatorAvailable {
        final Operator ana = world.add(operator("u1", "Ana").presence(Presence.OFFLINE));

        @Test
        void theConversationWaitsAndTheVisitorIsTold() {
            StartedConversation started = world.start(visitor("Claire"));

            ConversationState state = started.conversation();
            assertThat(state.waitingForOperator()).isTrue();
            assertThat(state.assignment().rule()).isEqualTo(AssignmentRule.NO_ONE_AVAILABLE);
            assertThat(state.assignment().trace())
                    .anySatisfy(line -> assertThat(line).contains("Ana (u1): passed over, OFFLINE"));
            assertThat(world.messages(state.id()))
                    .singleElement()
                    .satisfies(m -> assertThat(m.authorKind()).isEqualTo(AuthorKind.SYSTEM));
        }

        @Test
        void closedWithoutOneItsOutcomeIsNoOneAvailable() {
            StartedConversation started = world.start(visitor("Claire"));
            world.visitorWrites(started, "Hello? Anyone?");

            var after =
                    world.close(world.visitorOf(started), started.conversation().id());

            assertThat(after.lifecycle().outcome()).contains(Outcome.NO_ONE_AVAILABLE);
        }

        @Test
        void theOldestIsAssignedFirstWhenAnOperatorComesOnline() {
            world.channel(CHANNEL, "Website support", SessionCap.of(1));
            ConversationId older = world.start(visitor("First")).conversation().id();
            world.laterMinutes(1);
            ConversationId newer = world.start(visitor("Second")).conversation().id();
            world.laterMinutes(1);

            world.chat.users().changePresence(as(ana), Presence.ONLINE);

            assertThat(world.stored(older).participants().present())
                    .extracting(Participant::name)
                    .containsExactly("Ana");
            assertThat(world.stored(newer).waitingForOperator()).isTrue();
            assertThat(world.messages(older))
                    .extracting(Message::authorKind, m -> m.body().value())
                    .last()
                    .isEqualTo(tuple(AuthorKind.SYSTEM, "Ana joined the conversation"));
            assertThat(world.historyTypes(older)).contains("operator.assigned");
        }

        @Test
        void theNextOneIsAssignedWhenASessionEnds() {
            world.channel(CHANNEL, "Website support", SessionCap.of(1));
            ConversationId older = world.start(visitor("First")).conversation().id();
            world.laterMinutes(1);
            ConversationId newer = world.start(visitor("Second")).conversation().id();
            world.chat.users().changePresence(as(ana), Presence.ONLINE);

            world.close(as(ana), older);

            assertThat(world.stored(newer).participants().present())
                    .extracting(Participant::name)
                    .containsExactly("Ana");
        }

        @Test
        void goingAwayAssignsNothing() {
            ConversationId waiting =
                    world.start(visitor("First")).conversation().id();

            world.chat.users().changePresence(as(ana), Presence.AWAY);

            assertThat(world.stored(waiting).waitingForOperator()).isTrue();
            assertThat(world.chat.assignWaiting().assignWaiting()).isZero();
        }

        @Test
        void aConversationOfAChannelWithoutFreeOperatorsDoesNotHoldUpTheOthers() {
            ChannelId shop = ChannelId.of("shop");
            world.channel(shop, "Shop", SessionCap.byDefault());
            ConversationId inShop =
                    world.start(visitor("Shopper").in(shop)).conversation().id();
            world.laterMinutes(1);
            ConversationId inSupport =
                    world.start(visitor("Claire")).conversation().id();

            world.chat.users().changePresence(as(ana), Presence.BUSY);

            assertThat(world.stored(inShop).waitingForOperator()).isTrue();
            assertThat(world.stored(inSupport).waitingForOperator()).isFalse();
        }
    }
}
