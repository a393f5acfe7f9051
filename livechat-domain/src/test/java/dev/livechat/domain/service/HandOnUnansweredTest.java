package dev.livechat.domain.service;

import static dev.livechat.domain.fixtures.OperatorFixtures.CHANNEL;
import static dev.livechat.domain.fixtures.OperatorFixtures.operator;
import static dev.livechat.domain.service.World.visitor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.assignment.AssignmentRule;
import dev.livechat.domain.channel.ReassignAfter;
import dev.livechat.domain.conversation.AuthorKind;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationState;
import dev.livechat.domain.conversation.Message;
import dev.livechat.domain.conversation.Outcome;
import dev.livechat.domain.conversation.Participant;
import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.Presence;
import dev.livechat.domain.operator.UserId;
import dev.livechat.domain.port.in.StartedConversation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** docs/product-rules.md "Unanswered conversations handed on", with a clock the test moves. */
class HandOnUnansweredTest {
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    final World world = new World();
    final Operator ana = world.add(operator("u1", "Ana").createdAt(World.START.minusSeconds(20)));
    final Operator bob = world.add(operator("u2", "Bob").createdAt(World.START.minusSeconds(10)));

    void handOnAfter(Duration timeout) {
        var channel = world.store.catalogue().find(CHANNEL).orElseThrow();
        world.store.catalogue().save(channel.reassigningAfter(new ReassignAfter(java.util.Optional.of(timeout))));
    }

    int pass() {
        return world.chat.handOnUnanswered().handOnUnanswered();
    }

    ConversationId startedWithAna(String firstMessage) {
        StartedConversation started = world.start(visitor("Claire").saying(firstMessage));
        assertThat(started.conversation().participants().present())
                .extracting(Participant::id)
                .containsExactly(ana.id());
        return started.conversation().id();
    }

    @Test
    void offByDefaultNothingIsHandedOn() {
        ConversationId id = startedWithAna("Hello?");
        world.later(Duration.ofHours(2));

        assertThat(pass()).isZero();
        assertThat(world.stored(id).participants().present())
                .extracting(Participant::id)
                .containsExactly(ana.id());
    }

    @Test
    void aVisitorWaitingLongerThanTheTimeoutIsHandedToTheNextCandidateAndToldSo() {
        handOnAfter(TIMEOUT);
        ConversationId id = startedWithAna("Hello?");
        world.later(TIMEOUT.minusSeconds(1));
        assertThat(pass()).as("not yet").isZero();

        world.later(Duration.ofSeconds(1));
        assertThat(pass()).isEqualTo(1);

        ConversationState state = world.stored(id);
        assertThat(state.participants().present()).extracting(Participant::id).containsExactly(bob.id());
        assertThat(state.participants().all())
                .filteredOn(p -> p.id().equals(ana.id()))
                .allMatch(p -> p.leftAt().isPresent());
        assertThat(state.assignment().operator()).contains(bob.id());
        assertThat(state.assignment().rule()).isNotEqualTo(AssignmentRule.NO_ONE_AVAILABLE);
        assertThat(state.assignment().trace().get(0)).isEqualTo("handed on: Ana did not answer the visitor for 60 s");
        Message last = world.messages(id).get(world.messages(id).size() - 1);
        assertThat(last.authorKind()).isEqualTo(AuthorKind.SYSTEM);
        assertThat(last.body().value()).contains("Bob takes over");
        EventRecord transferred = world.history(id).stream()
                .filter(e -> e.type().wireName().equals("conversation.transferred"))
                .findFirst()
                .orElseThrow();
        assertThat(transferred.data())
                .containsEntry("fromOperatorId", ana.id().value())
                .containsEntry("toOperatorId", bob.id().value())
                .containsEntry("fromLeft", true);
        assertThat(transferred.data().get("actor").toString()).contains("SYSTEM");
    }

    @Test
    void itHappensOncePerTimeoutTheNewOperatorGetsAWholeTimeoutOfItsOwn() {
        handOnAfter(TIMEOUT);
        ConversationId id = startedWithAna("Hello?");
        world.later(TIMEOUT);
        assertThat(pass()).isEqualTo(1);
        assertThat(pass()).as("the same pass again finds nothing").isZero();

        world.later(TIMEOUT.minusSeconds(1));
        assertThat(pass()).isZero();
        assertThat(world.stored(id).participants().present())
                .extracting(Participant::id)
                .containsExactly(bob.id());
    }

    @Test
    void aReplyInTimeStopsTheClockAndLaterSlowRepliesDoNotCount() {
        handOnAfter(TIMEOUT);
        StartedConversation started = world.start(visitor("Claire").saying("Hello?"));
        ConversationId id = started.conversation().id();
        world.later(Duration.ofSeconds(30));
        world.operatorWrites(ana, id, "Hi Claire");
        world.visitorWrites(started, "I have a question");
        world.later(TIMEOUT.multipliedBy(3));

        assertThat(pass()).isZero();
        assertThat(world.stored(id).participants().present())
                .extracting(Participant::id)
                .containsExactly(ana.id());
    }

    @Test
    void theClockStartsWithTheVisitorsFirstMessageNotWithTheStart() {
        handOnAfter(TIMEOUT);
        StartedConversation started = world.start(visitor("Claire"));
        ConversationId id = started.conversation().id();
        world.later(TIMEOUT.multipliedBy(2));
        assertThat(pass()).as("nobody asked anything yet").isZero();

        world.visitorWrites(started, "Anyone?");
        world.later(TIMEOUT);
        assertThat(pass()).isEqualTo(1);
        assertThat(world.stored(id).participants().present())
                .extracting(Participant::id)
                .containsExactly(bob.id());
    }

    @Test
    void withNoOtherOperatorAvailableItStaysAndIsHandedOnOnceOneIs() {
        handOnAfter(TIMEOUT);
        world.store.operators().save(bob.changePresence(Presence.OFFLINE));
        ConversationId id = startedWithAna("Hello?");
        world.later(TIMEOUT.multipliedBy(2));

        assertThat(pass()).isZero();
        assertThat(world.stored(id).participants().present())
                .extracting(Participant::id)
                .containsExactly(ana.id());

        world.store.operators().save(bob.changePresence(Presence.ONLINE));
        assertThat(pass()).isEqualTo(1);
        assertThat(world.stored(id).participants().present())
                .extracting(Participant::id)
                .containsExactly(bob.id());
    }

    @Test
    void theOutcomeRulesStillHoldTwoOperatorsTookPart() {
        handOnAfter(TIMEOUT);
        StartedConversation started = world.start(visitor("Claire").saying("Hello?"));
        ConversationId id = started.conversation().id();
        world.later(TIMEOUT);
        pass();
        world.operatorWrites(bob, id, "Sorry for the wait, Claire");
        world.visitorWrites(started, "Thanks");

        ConversationState closed = world.close(World.as(bob), id);

        assertThat(closed.lifecycle().outcome()).contains(Outcome.ESCALATED);
        assertThat(closed.participants().everTookPart()).containsExactly(ana.id(), bob.id());
    }

    @Test
    void aClosedConversationIsNeverHandedOn() {
        handOnAfter(TIMEOUT);
        StartedConversation started = world.start(visitor("Claire").saying("Hello?"));
        world.close(world.visitorOf(started), started.conversation().id());
        world.later(TIMEOUT.multipliedBy(2));

        assertThat(pass()).isZero();
        assertThat(world.stored(started.conversation().id()).participants().everTookPart())
                .containsExactly(UserId.of("u1"));
    }
}
