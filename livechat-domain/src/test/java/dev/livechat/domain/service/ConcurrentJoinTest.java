package dev.livechat.domain.service;

import static dev.livechat.domain.fixtures.OperatorFixtures.operator;
import static dev.livechat.domain.service.World.visitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.domain.conversation.Conversation;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationState;
import dev.livechat.domain.conversation.ConversationStatus;
import dev.livechat.domain.conversation.JoinRefusedException;
import dev.livechat.domain.conversation.Participant;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.Presence;
import dev.livechat.domain.outcome.DefaultOutcomePolicy;
import dev.livechat.domain.port.in.ConversationCommand;
import dev.livechat.domain.port.out.LoadConversationPort;
import dev.livechat.domain.port.out.TransactionPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * docs/product-rules.md "Status" rule 5 and "Beyond the reference": of many concurrent joiners exactly one wins,
 * and the others learn who. The in-memory store refuses a stale save as a database would; the
 * service retries once on fresh state, where the join is refused with the winner's name.
 */
class ConcurrentJoinTest {
    static final int JOINERS = 20;

    @RepeatedTest(3)
    void ofTwentyConcurrentJoinersExactlyOneWinsAndTheOthersAreToldWho() throws Exception {
        World world = new World();
        Operator ana = world.add(operator("u0", "Ana"));
        List<Operator> colleagues = IntStream.rangeClosed(1, JOINERS)
                .mapToObj(i -> world.add(operator("op" + i, "Colleague " + i).presence(Presence.OFFLINE)))
                .toList();
        ConversationId id = world.start(visitor("Claire")).conversation().id();
        world.status(ana, id, ConversationStatus.LOOKING_FOR_HELP);

        List<Outcome> outcomes = joinAllAtOnce(world, id, colleagues);

        List<String> winners = outcomes.stream()
                .filter(o -> o.refusal() == null)
                .map(Outcome::joiner)
                .toList();
        assertThat(winners).hasSize(1);
        String winner = winners.get(0);
        assertThat(outcomes.stream().filter(o -> o.refusal() != null))
                .hasSize(JOINERS - 1)
                .allSatisfy(o -> {
                    assertThat(o.refusal().joinedBy()).map(Participant::name).contains(winner);
                    assertThat(o.refusal()).hasMessageContaining(winner + " joined first");
                });
        var state = world.stored(id);
        assertThat(state.status()).contains(ConversationStatus.IN_PROGRESS);
        assertThat(state.participants().present()).extracting(Participant::name).containsExactly("Ana", winner);
        assertThat(world.historyTypes(id))
                .filteredOn("conversation.joined"::equals)
                .hasSize(1);
        assertThat(world.messages(id))
                .filteredOn(m -> m.body().value().endsWith("joined the conversation"))
                .singleElement()
                .satisfies(m -> assertThat(m.body().value()).isEqualTo(winner + " joined the conversation"));
    }

    @Test
    void aJoinerWhoLoadedBeforeTheWinnerSavedIsToldWhoWonAfterOneRetry() {
        World world = new World();
        Operator ana = world.add(operator("u0", "Ana"));
        Operator bob = world.add(operator("u1", "Bob").presence(Presence.OFFLINE));
        Operator carl = world.add(operator("u2", "Carl").presence(Presence.OFFLINE));
        ConversationId id = world.start(visitor("Claire")).conversation().id();
        world.status(ana, id, ConversationStatus.LOOKING_FOR_HELP);
        ConversationState seenByCarl = world.stored(id);
        world.join(bob, id);
        // Carl's first load returns what he saw before Bob's save: his save then loses the race
        AtomicInteger loads = new AtomicInteger();
        LoadConversationPort racing = conversation -> loads.getAndIncrement() == 0
                ? Optional.of(Conversation.restore(seenByCarl))
                : world.store.conversations().load(conversation);
        ConversationService carlsSide = new ConversationService(
                new ConversationWork(racing, world.store.conversations(), world.publisher, TransactionPort.NONE),
                world.store.operators(),
                world.store.catalogue(),
                world.store.catalogue(),
                new DefaultOutcomePolicy(),
                world.clock,
                world.chat.assignWaiting());

        assertThatThrownBy(() -> carlsSide.join(new ConversationCommand(World.as(carl), id)))
                .isInstanceOfSatisfying(
                        JoinRefusedException.class,
                        refused -> assertThat(refused.joinedBy().map(Participant::name))
                                .contains("Bob"));
        assertThat(loads).as("loaded, lost the save, loaded again").hasValue(2);
        assertThat(world.stored(id).participants().present())
                .extracting(Participant::name)
                .containsExactly("Ana", "Bob");
    }

    record Outcome(String joiner, JoinRefusedException refusal) {}

    private static List<Outcome> joinAllAtOnce(World world, ConversationId id, List<Operator> joiners)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(joiners.size());
        try {
            CountDownLatch ready = new CountDownLatch(joiners.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Operator joiner : joiners) {
                Callable<Outcome> join = () -> {
                    ready.countDown();
                    go.await();
                    try {
                        world.join(joiner, id);
                        return new Outcome(joiner.name(), null);
                    } catch (JoinRefusedException refused) {
                        return new Outcome(joiner.name(), refused);
                    }
                };
                futures.add(pool.submit(join));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) outcomes.add(future.get(10, TimeUnit.SECONDS));
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
