package dev.livechat.domain.service;

import static dev.livechat.domain.fixtures.OperatorFixtures.CHANNEL;
import static dev.livechat.domain.fixtures.OperatorFixtures.operator;
import static dev.livechat.domain.service.World.as;
import static dev.livechat.domain.service.World.visitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.domain.channel.SessionCap;
import dev.livechat.domain.conversation.AuthorKind;
import dev.livechat.domain.conversation.CloseCause;
import dev.livechat.domain.conversation.ConversationClosedException;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationState;
import dev.livechat.domain.conversation.ConversationStatus;
import dev.livechat.domain.conversation.Message;
import dev.livechat.domain.conversation.Outcome;
import dev.livechat.domain.conversation.Participant;
import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.error.NotFoundException;
import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.Presence;
import dev.livechat.domain.operator.Role;
import dev.livechat.domain.outcome.OutcomeFacts;
import dev.livechat.domain.port.in.ConversationCommand;
import dev.livechat.domain.port.in.EditNoteCommand;
import dev.livechat.domain.port.in.StartedConversation;
import dev.livechat.domain.port.in.TransferConversationCommand;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The use cases on one conversation: load, one domain call, save with events, publish. */
class ConversationServiceTest {
    final World world = new World();
    final Operator ana = world.add(operator("u1", "Ana"));
    final Operator bob = world.add(operator("u2", "Bob").presence(Presence.OFFLINE));
    final StartedConversation claire = world.start(visitor("Claire"));
    final ConversationId id = claire.conversation().id();

    @Nested
    class Messages {
        @Test
        void visitorReplyTurnsWaitingBackToInProgress() {
            world.status(ana, id, ConversationStatus.WAITING_FOR_CUSTOMER);

            Message reply = world.visitorWrites(claire, "Here is the number");

            assertThat(reply.authorKind()).isEqualTo(AuthorKind.VISITOR);
            assertThat(world.stored(id).status()).contains(ConversationStatus.IN_PROGRESS);
            assertThat(world.historyTypes(id)).endsWith("status.changed", "message.posted", "status.changed");
            EventRecord back = world.history(id).get(world.history(id).size() - 1);
            assertThat(back.data())
                    .containsEntry("from", "WAITING_FOR_CUSTOMER")
                    .containsEntry("to", "IN_PROGRESS");
        }

        @Test
        void areStoredInTheLogNumberedAndPublishedAfterTheSave() {
            world.visitorWrites(claire, "One");
            world.operatorWrites(ana, id, "Two");
            world.visitorWrites(claire, "Three");

            assertThat(world.messages(id)).extracting(Message::seq).containsExactly(1L, 2L, 3L);
            assertThat(world.publisher.published())
                    .filteredOn(e -> e.conversationId().equals(id))
                    .extracting(EventRecord::seq)
                    .isSorted()
                    .doesNotHaveDuplicates();
            assertThat(world.publisher.published())
                    .isEqualTo(world.store.events().after(0, 1000));
            assertThat(world.stored(id).version()).isEqualTo(4);
        }

        @Test
        void aClosedConversationTakesNone() {
            world.close(as(ana), id);

            assertThatThrownBy(() -> world.visitorWrites(claire, "Wait!"))
                    .isInstanceOf(ConversationClosedException.class);
            assertThatThrownBy(() -> world.operatorWrites(ana, id, "Sorry"))
                    .isInstanceOf(ConversationClosedException.class);
            assertThat(world.messages(id)).isEmpty();
        }

        @Test
        void anUnknownConversationIsNotFound() {
            assertThatThrownBy(() -> world.operatorWrites(ana, ConversationId.of("nope"), "Hi"))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessage("No conversation with id nope");
        }
    }

    @Nested
    class HelpAndJoin {
        @Test
        void aColleagueJoinsAndTheVisitorIsTold() {
            world.status(ana, id, ConversationStatus.LOOKING_FOR_HELP);
            world.laterMinutes(1);

            ConversationState after = world.join(bob, id);

            assertThat(after.status()).contains(ConversationStatus.IN_PROGRESS);
            assertThat(after.participants().present())
                    .extracting(Participant::name)
                    .containsExactly("Ana", "Bob");
            assertThat(world.messages(id)).last().satisfies(m -> {
                assertThat(m.authorKind()).isEqualTo(AuthorKind.SYSTEM);
                assertThat(m.body().value()).isEqualTo("Bob joined the conversation");
            });
            assertThat(world.publishedTypes(id))
                    .endsWith("conversation.joined", "status.changed", "help-queue.changed", "message.posted");
        }
    }

    @Nested
    class Transfer {
        @Test
        void toAColleagueWhoStays() {
            ConversationState after =
                    world.chat.transfer().transfer(new TransferConversationCommand(as(ana), id, bob.id(), false));

            assertThat(after.participants().present())
                    .extracting(Participant::name)
                    .containsExactly("Ana", "Bob");
            assertThat(world.messages(id))
                    .last()
                    .satisfies(m -> assertThat(m.body().value()).isEqualTo("Ana transferred the conversation to Bob"));
        }

        @Test
        void leavingFreesCapacityForAWaitingConversation() {
            world.channel(CHANNEL, "Website support", SessionCap.of(1));
            ConversationId waiting =
                    world.start(visitor("Waiting")).conversation().id();
            assertThat(world.stored(waiting).waitingForOperator()).isTrue();

            world.chat.transfer().transfer(new TransferConversationCommand(as(ana), id, bob.id(), true));

            assertThat(world.stored(id).participants().present())
                    .extracting(Participant::name)
                    .containsExactly("Bob");
            assertThat(world.stored(waiting).participants().present())
                    .extracting(Participant::name)
                    .containsExactly("Ana");
        }

        @Test
        void toSomeoneWithoutLiveChatAccessIsRefused() {
            Operator uma = world.add(operator("u8", "Uma").role(Role.USER));

            assertThatThrownBy(() -> world.chat
                            .transfer()
                            .transfer(new TransferConversationCommand(as(ana), id, uma.id(), false)))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("Uma (u8) has no live chat access");
        }
    }

    @Nested
    class Close {
        @Test
        void byAnOperatorComputesTheOutcomeWithTheDefaultPolicy() {
            world.visitorWrites(claire, "Hello");
            world.operatorWrites(ana, id, "Hi");

            ConversationState after = world.close(as(ana), id);

            assertThat(after.lifecycle().closeCause()).contains(CloseCause.OPERATOR);
            assertThat(after.lifecycle().outcome()).contains(Outcome.SUCCESS);
            assertThat(world.history(id))
                    .last()
                    .satisfies(e -> assertThat(e.data())
                            .containsEntry("outcome", "SUCCESS")
                            .containsEntry("cause", "OPERATOR"));
        }

        @Test
        void usesTheOutcomePolicyTheEmbedderGave() {
            List<OutcomeFacts> asked = new ArrayList<>();
            World custom = new World(builder -> builder.outcomePolicy(facts -> {
                asked.add(facts);
                return Outcome.ESCALATED;
            }));
            Operator zoe = custom.add(operator("u1", "Zoé"));
            ConversationId conversation =
                    custom.start(visitor("Claire")).conversation().id();

            ConversationState after = custom.close(as(zoe), conversation);

            assertThat(after.lifecycle().outcome()).contains(Outcome.ESCALATED);
            assertThat(asked).singleElement().satisfies(facts -> {
                assertThat(facts.cause()).isEqualTo(CloseCause.OPERATOR);
                assertThat(facts.participants().everTookPart()).containsExactly(zoe.id());
            });
        }

        @Test
        void theNoteStaysEditableWithItsEditor() {
            world.close(as(ana), id);

            ConversationState after =
                    world.chat.editNote().editNote(new EditNoteCommand(as(bob), id, "Called back next day"));

            assertThat(after.annotations().note())
                    .hasValueSatisfying(note -> assertThat(note.editorName()).isEqualTo("Bob"));
        }

        @Test
        void cannotHappenTwice() {
            world.close(as(ana), id);

            assertThatThrownBy(() -> world.close(world.visitorOf(claire), id))
                    .isInstanceOf(ConversationClosedException.class);
            assertThat(world.stored(id).lifecycle().closeCause()).contains(CloseCause.OPERATOR);
        }

        @Test
        void anUnknownConversationIsNotFound() {
            assertThatThrownBy(() -> world.chat.close().close(new ConversationCommand(as(ana), ConversationId.of("x"))))
                    .isInstanceOf(NotFoundException.class);
        }
    }
}
