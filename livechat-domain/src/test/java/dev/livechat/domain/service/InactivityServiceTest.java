package dev.livechat.domain.service;

import static dev.livechat.domain.fixtures.OperatorFixtures.CHANNEL;
import static dev.livechat.domain.fixtures.OperatorFixtures.operator;
import static dev.livechat.domain.service.World.visitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.domain.channel.SessionCap;
import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.CloseCause;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.Outcome;
import dev.livechat.domain.conversation.Participant;
import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.port.in.StartedConversation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** docs/product-rules.md "Status" rule 8: the system closes conversations nobody wrote in for the configured time. */
class InactivityServiceTest {
    static final Duration TIMEOUT = Duration.ofMinutes(30);

    final World world = new World();
    final Operator ana = world.add(operator("u1", "Ana"));

    @Test
    void closesAConversationIdleForLongerThanTheTimeout() {
        StartedConversation started = world.start(visitor("Claire"));
        ConversationId id = started.conversation().id();
        world.visitorWrites(started, "Hello");
        world.operatorWrites(ana, id, "Hi Claire");
        world.later(TIMEOUT.plusSeconds(1));

        int closed = world.chat.closeInactive().closeInactive(TIMEOUT);

        assertThat(closed).isEqualTo(1);
        var state = world.stored(id);
        assertThat(state.lifecycle().closedAt()).contains(world.clock.instant());
        assertThat(state.lifecycle().closeCause()).contains(CloseCause.INACTIVITY);
        assertThat(state.lifecycle().outcome()).contains(Outcome.SUCCESS);
        assertThat(state.history().get(state.history().size() - 1).actor()).isEqualTo(Actor.system());
        assertThat(world.historyTypes(id)).last().isEqualTo("conversation.closed");
    }

    @Test
    void aMessageInTheMeantimeKeepsItOpen() {
        StartedConversation started = world.start(visitor("Claire"));
        ConversationId id = started.conversation().id();
        world.later(TIMEOUT.minusMinutes(5));
        world.visitorWrites(started, "Still there?");
        world.later(Duration.ofMinutes(10));

        assertThat(world.chat.closeInactive().closeInactive(TIMEOUT)).isZero();
        assertThat(world.stored(id).closed()).isFalse();

        world.later(TIMEOUT);
        assertThat(world.chat.closeInactive().closeInactive(TIMEOUT)).isEqualTo(1);
        assertThat(world.stored(id).lifecycle().outcome()).contains(Outcome.NO_ANSWER);
    }

    @Test
    void exactlyAtTheTimeoutItIsNotYetInactive() {
        ConversationId id = world.start(visitor("Claire")).conversation().id();
        world.later(TIMEOUT);

        assertThat(world.chat.closeInactive().closeInactive(TIMEOUT)).isZero();
        assertThat(world.stored(id).closed()).isFalse();
    }

    @Test
    void closedConversationsAreLeftAlone() {
        StartedConversation started = world.start(visitor("Claire"));
        world.close(world.visitorOf(started), started.conversation().id());
        world.later(TIMEOUT.multipliedBy(2));

        assertThat(world.chat.closeInactive().closeInactive(TIMEOUT)).isZero();
        assertThat(world.stored(started.conversation().id()).lifecycle().closeCause())
                .contains(CloseCause.VISITOR_LEFT);
    }

    @Test
    void theFreedCapacityGoesToAWaitingConversation() {
        world.channel(CHANNEL, "Website support", SessionCap.of(1));
        ConversationId idle = world.start(visitor("Idle")).conversation().id();
        world.later(TIMEOUT.minusMinutes(1));
        StartedConversation waiting = world.start(visitor("Waiting"));
        world.visitorWrites(waiting, "Hello?");
        assertThat(world.stored(waiting.conversation().id()).waitingForOperator())
                .isTrue();
        world.laterMinutes(2);

        world.chat.closeInactive().closeInactive(TIMEOUT);

        assertThat(world.stored(idle).closed()).isTrue();
        assertThat(world.stored(waiting.conversation().id()).participants().present())
                .extracting(Participant::name)
                .containsExactly("Ana");
    }

    @Test
    void theTimeoutMustBePositive() {
        assertThatThrownBy(() -> world.chat.closeInactive().closeInactive(Duration.ZERO))
                .isInstanceOf(InvalidValueException.class);
    }
}
