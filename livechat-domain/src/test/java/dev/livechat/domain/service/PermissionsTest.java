package dev.livechat.domain.service;

import static dev.livechat.domain.fixtures.OperatorFixtures.operator;
import static dev.livechat.domain.service.World.as;
import static dev.livechat.domain.service.World.visitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.conversation.CloseCause;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationStatus;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.error.AccessDeniedException;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.Presence;
import dev.livechat.domain.operator.Role;
import dev.livechat.domain.port.in.ChangeStatusCommand;
import dev.livechat.domain.port.in.ConversationCommand;
import dev.livechat.domain.port.in.ListConversationsCommand;
import dev.livechat.domain.port.in.PostMessageCommand;
import dev.livechat.domain.port.in.ReadMessagesCommand;
import dev.livechat.domain.port.in.RequestTranscriptCommand;
import dev.livechat.domain.port.in.StartedConversation;
import dev.livechat.domain.report.ReportGrouping;
import dev.livechat.domain.report.ReportQuery;
import dev.livechat.domain.transcript.TranscriptState;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** docs/product-rules.md "Permissions", enforced by the use cases whichever adapter calls them. */
class PermissionsTest {
    final World world = new World();
    final Operator ana = world.add(operator("u1", "Ana"));
    final Operator bob = world.add(operator("u2", "Bob").presence(Presence.OFFLINE));
    final Operator uma = world.add(operator("u8", "Uma").role(Role.USER).presence(Presence.OFFLINE));
    final Operator max =
            world.add(operator("u9", "Max").role(Role.LIVECHAT_MANAGER).presence(Presence.OFFLINE));

    final StartedConversation claire = world.start(visitor("Claire").email("claire@example.be"));
    final StartedConversation dan = world.start(visitor("Dan"));
    final ConversationId claires = claire.conversation().id();

    @Nested
    class Visitors {
        @Test
        void theTokenAuthenticatesAsTheVisitorOfThatConversationOnly() {
            assertThat(world.visitorOf(claire)).isEqualTo(Caller.visitor(claires));
            assertThat(world.chat.authenticate().authenticate("not-a-token")).isEmpty();
        }

        @Test
        void mayNotPostInAnotherConversation() {
            Caller danTheVisitor = world.visitorOf(dan);

            assertThatThrownBy(() -> world.chat
                            .postVisitorMessage()
                            .postVisitorMessage(new PostMessageCommand(danTheVisitor, claires, MessageBody.of("hi"))))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining(
                            "the visitor of conversation " + dan.conversation().id());
            assertThat(world.messages(claires)).isEmpty();
        }

        @Test
        void mayNotReadAnotherConversation() {
            assertThatThrownBy(() -> world.chat
                            .messages()
                            .messages(new ReadMessagesCommand(world.visitorOf(dan), claires, 0, 100)))
                    .isInstanceOf(AccessDeniedException.class);
            world.visitorWrites(claire, "Hello");
            assertThat(world.chat
                            .messages()
                            .messages(new ReadMessagesCommand(world.visitorOf(claire), claires, 0, 100)))
                    .extracting(m -> m.body().value())
                    .containsExactly("Hello");
        }

        @Test
        void mayNotActAsAnOperator() {
            Caller claireTheVisitor = world.visitorOf(claire);

            assertThatThrownBy(() -> world.chat
                            .postOperatorMessage()
                            .postOperatorMessage(
                                    new PostMessageCommand(claireTheVisitor, claires, MessageBody.of("hi"))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> world.chat
                            .changeStatus()
                            .changeStatus(new ChangeStatusCommand(
                                    claireTheVisitor, claires, ConversationStatus.LOOKING_FOR_HELP)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> world.chat.panel().panel(new ConversationCommand(claireTheVisitor, claires)))
                    .isInstanceOf(AccessDeniedException.class);
        }

        @Test
        void mayLeaveTheirOwnConversationWhichClosesIt() {
            assertThatThrownBy(() -> world.close(world.visitorOf(dan), claires))
                    .isInstanceOf(AccessDeniedException.class);

            var after = world.close(world.visitorOf(claire), claires);

            assertThat(after.closed()).isTrue();
            assertThat(after.lifecycle().closeCause()).contains(CloseCause.VISITOR_LEFT);
        }

        @Test
        void mayAskForATranscriptOfTheirOwnConversationOnlyAndAnUnprovenAddressAwaitsConfirmation() {
            world.close(as(ana), claires);
            Caller claireTheVisitor = world.visitorOf(claire);

            assertThatThrownBy(() -> world.chat
                            .transcripts()
                            .requestTranscript(new RequestTranscriptCommand(
                                    world.visitorOf(dan),
                                    claires,
                                    EmailAddress.of("claire@example.be"),
                                    Optional.empty())))
                    .isInstanceOf(AccessDeniedException.class);

            // the address she typed at the start is her word only: it is confirmed first
            var request = world.chat
                    .transcripts()
                    .requestTranscript(new RequestTranscriptCommand(
                            claireTheVisitor, claires, EmailAddress.of("Claire@Example.BE"), Optional.empty()));
            assertThat(request.state()).isEqualTo(TranscriptState.AWAITING_CONFIRMATION);
            assertThat(request.requestedBy()).isEqualTo("Claire");
            assertThat(world.mailer.confirmations()).hasSize(1);
            assertThat(world.mailer.sent()).isEmpty();
        }
    }

    @Nested
    class UsersWithoutLiveChatAccess {
        @Test
        void seeNoHelpQueue() {
            assertThatThrownBy(() -> world.chat
                            .list()
                            .list(new ListConversationsCommand(
                                    as(uma),
                                    Optional.of(ConversationStatus.LOOKING_FOR_HELP),
                                    Optional.empty(),
                                    Optional.empty(),
                                    Optional.empty(),
                                    Optional.empty(),
                                    50)))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("Uma (u8, USER) may not list conversations");
        }

        @Test
        void joinNothing() {
            world.status(ana, claires, ConversationStatus.LOOKING_FOR_HELP);

            assertThatThrownBy(() -> world.join(uma, claires)).isInstanceOf(AccessDeniedException.class);
            assertThat(world.stored(claires).status()).contains(ConversationStatus.LOOKING_FOR_HELP);
        }

        @Test
        void readNoPanel() {
            assertThatThrownBy(() -> world.chat.panel().panel(new ConversationCommand(as(uma), claires)))
                    .isInstanceOf(AccessDeniedException.class);
        }

        @Test
        void changeNoPresence() {
            assertThatThrownBy(() -> world.chat.users().changePresence(as(uma), Presence.ONLINE))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Nested
    class OperatorsNotTakingPart {
        @Test
        void mayNotPost() {
            assertThatThrownBy(() -> world.operatorWrites(bob, claires, "I am not here"))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("only an operator taking part in conversation " + claires);
            assertThat(world.messages(claires)).isEmpty();
        }

        @Test
        void mayNotSetTheStatusButAManagerMay() {
            assertThatThrownBy(() -> world.status(bob, claires, ConversationStatus.WAITING_FOR_CUSTOMER))
                    .isInstanceOf(AccessDeniedException.class);

            var after = world.status(max, claires, ConversationStatus.WAITING_FOR_CUSTOMER);

            assertThat(after.status()).contains(ConversationStatus.WAITING_FOR_CUSTOMER);
            assertThat(after.history().get(after.history().size() - 1).actor().name())
                    .isEqualTo("Max");
        }

        @Test
        void mayNotCloseNorTransfer() {
            assertThatThrownBy(() -> world.close(as(bob), claires)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> world.chat
                            .transfer()
                            .transfer(new dev.livechat.domain.port.in.TransferConversationCommand(
                                    as(bob), claires, bob.id(), true)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(world.stored(claires).closed()).isFalse();
        }

        @Test
        void mayReadAnyPanelAndJoinTheHelpQueue() {
            assertThat(world.chat
                            .panel()
                            .panel(new ConversationCommand(as(bob), claires))
                            .id())
                    .isEqualTo(claires);
            world.status(ana, claires, ConversationStatus.LOOKING_FOR_HELP);

            assertThat(world.join(bob, claires).participants().takesPart(bob.id()))
                    .isTrue();
        }
    }

    @Nested
    class Reports {
        @Test
        void areForManagersOnly() {
            ReportQuery query = new ReportQuery(
                    ReportGrouping.OUTCOME,
                    World.START.minus(Duration.ofDays(1)),
                    World.START.plus(Duration.ofDays(1)),
                    Optional.empty());

            assertThatThrownBy(() -> world.chat.reports().report(as(ana), query))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("LIVECHAT_MANAGER");
            assertThatThrownBy(() -> world.chat.reports().report(world.visitorOf(claire), query))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(world.chat.reports().report(as(max), query)).isEmpty();
        }
    }
}
