package dev.livechat.domain.service;

import static dev.livechat.domain.fixtures.OperatorFixtures.operator;
import static dev.livechat.domain.service.World.as;
import static dev.livechat.domain.service.World.visitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.SeenMarks;
import dev.livechat.domain.error.AccessDeniedException;
import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.error.StateConflictException;
import dev.livechat.domain.event.EventKeys;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.port.in.ConversationCommand;
import dev.livechat.domain.port.in.MarkSeenCommand;
import dev.livechat.domain.port.in.SignalTypingCommand;
import dev.livechat.domain.port.in.StartedConversation;
import dev.livechat.domain.port.out.TypingSignalsPort;
import dev.livechat.domain.typing.TypingNotice;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Typing indicators and read receipts through the use cases, with a clock the test moves. */
class TypingAndSeenTest {
    final List<String> everywhere = new ArrayList<>();
    final List<String> here = new ArrayList<>();
    final World world = new World(b -> b.typingSignals(new TypingSignalsPort() {
        @Override
        public void everywhere(TypingNotice n) {
            everywhere.add(n.author().name() + ":" + n.typing());
        }

        @Override
        public void here(TypingNotice n) {
            here.add(n.author().name() + ":" + n.typing());
        }
    }));
    final Operator ana = world.add(operator("u1", "Ana"));
    final Operator bob = world.add(operator("u2", "Bob"));
    final StartedConversation started = world.start(visitor("Claire"));
    final ConversationId id = started.conversation().id();

    void typing(Caller caller, boolean typing) {
        world.chat.typing().signalTyping(new SignalTypingCommand(caller, id, typing));
    }

    SeenMarks seen(Caller caller, long seq) {
        return world.chat.markSeen().markSeen(new MarkSeenCommand(caller, id, seq));
    }

    @Nested
    class Typing {
        @Test
        void theVisitorAndTheOperatorTakingPartMayTypeAtMostOnceASecondEach() {
            typing(world.visitorOf(started), true);
            typing(as(ana), true);
            world.later(Duration.ofMillis(500));
            typing(world.visitorOf(started), true);
            world.later(Duration.ofMillis(500));
            typing(world.visitorOf(started), true);

            assertThat(everywhere).containsExactly("Claire:true", "Ana:true", "Claire:true");
        }

        @Test
        void anOperatorNotTakingPartMayNot() {
            assertThatThrownBy(() -> typing(as(bob), true)).isInstanceOf(AccessDeniedException.class);
        }

        @Test
        void nobodyTypesInAClosedConversation() {
            world.close(as(ana), id);
            assertThatThrownBy(() -> typing(world.visitorOf(started), true)).isInstanceOf(StateConflictException.class);
        }

        @Test
        void typingLapsesAfterSixSecondsForThisInstanceOnly() {
            typing(world.visitorOf(started), true);
            world.later(Duration.ofMillis(5_999));
            world.chat.typing().sweepTyping();
            assertThat(here).isEmpty();

            world.later(Duration.ofMillis(1));
            world.chat.typing().sweepTyping();

            assertThat(here).containsExactly("Claire:false");
            assertThat(everywhere).containsExactly("Claire:true");
        }

        @Test
        void aQuickStopReachesEveryoneOnceTheSecondIsOver() {
            typing(as(ana), true);
            world.later(Duration.ofMillis(200));
            typing(as(ana), false);
            world.chat.typing().sweepTyping();
            assertThat(everywhere).containsExactly("Ana:true");

            world.later(Duration.ofMillis(800));
            world.chat.typing().sweepTyping();
            assertThat(everywhere).containsExactly("Ana:true", "Ana:false");
        }

        @Test
        void typingIsNeitherStoredNorPublishedAsAnEvent() {
            int before = world.history(id).size();
            typing(world.visitorOf(started), true);
            assertThat(world.history(id)).hasSize(before);
        }
    }

    @Nested
    class Seen {
        @Test
        void eachSideMarksHowFarItReadAndTheMarkNeverGoesBack() {
            world.visitorWrites(started, "hello");
            long last = world.operatorWrites(ana, id, "hi").seq();

            assertThat(seen(as(ana), last - 1)).isEqualTo(new SeenMarks(0, last - 1));
            assertThat(seen(world.visitorOf(started), last)).isEqualTo(new SeenMarks(last, last - 1));
            assertThat(seen(as(ana), 1)).isEqualTo(new SeenMarks(last, last - 1));

            assertThat(world.stored(id).messages().seen()).isEqualTo(new SeenMarks(last, last - 1));
            assertThat(world.historyTypes(id).stream().filter("message.seen"::equals))
                    .hasSize(2);
            assertThat(world.history(id).get(world.history(id).size() - 1).data())
                    .containsEntry(EventKeys.SIDE, "VISITOR")
                    .containsEntry(EventKeys.SEEN_SEQ, last);
        }

        @Test
        void aMarkPastTheLastMessageIsRefusedNamingSeq() {
            long last = world.stored(id).messages().lastSeq();
            assertThatThrownBy(() -> seen(world.visitorOf(started), last + 1))
                    .isInstanceOfSatisfying(
                            InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("seq"));
            assertThat(world.stored(id).messages().seen()).isEqualTo(SeenMarks.NONE);
        }

        @Test
        void onlyTheVisitorAndOperatorsTakingPartMarkButAnyLiveChatUserReads() {
            world.visitorWrites(started, "hello");
            assertThatThrownBy(() -> seen(as(bob), 1)).isInstanceOf(AccessDeniedException.class);

            seen(as(ana), 1);
            assertThat(world.chat.markSeen().seen(new ConversationCommand(as(bob), id)))
                    .isEqualTo(new SeenMarks(0, 1));
        }

        @Test
        void thePanelShowsBothMarks() {
            long last = world.visitorWrites(started, "hello").seq();
            seen(as(ana), last);

            assertThat(world.chat
                            .panel()
                            .panel(new ConversationCommand(as(bob), id))
                            .seen())
                    .isEqualTo(new SeenMarks(0, last));
        }
    }
}
