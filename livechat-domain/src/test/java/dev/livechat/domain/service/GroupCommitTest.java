package dev.livechat.domain.service;

import static dev.livechat.domain.service.World.visitor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.conversation.Conversation;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.Message;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.error.ConcurrentUpdateException;
import dev.livechat.domain.error.NotFoundException;
import dev.livechat.domain.event.ConversationEvent;
import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.event.EventType;
import dev.livechat.domain.port.out.PublishEventsPort;
import dev.livechat.domain.port.out.SaveConversationPort;
import dev.livechat.domain.port.out.TransactionPort;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Writers of one conversation that queue while another holds it are applied together, in one
 * save, in arrival order, each answered with its own result or failure; where units of work are
 * transactions, the groups of different conversations ready together share one unit.
 */
class GroupCommitTest {
    final World world = new World();
    final ConversationId id = world.start(visitor("Claire")).conversation().id();
    final HeldSave saves = new HeldSave(world.store.conversations());
    final ConversationWork work =
            new ConversationWork(world.store.conversations(), saves, world.publisher, TransactionPort.NONE);
    final CountedUnits units = new CountedUnits();
    private final Set<Integer> heldStripes = new HashSet<>();
    final ConversationWork transactional =
            new ConversationWork(world.store.conversations(), saves, world.publisher, units);

    @Test
    void writersThatQueueWhileTheFirstIsSavingAreSavedTogetherInArrivalOrder() throws Exception {
        List<CompletableFuture<Message>> posts = new ArrayList<>();
        posts.add(queued(post("first")));
        saves.awaitHeld(); // the first write holds the conversation, inside its save
        for (int i = 1; i <= 6; i++) posts.add(queued(post("queued " + i)));
        saves.release();

        List<String> answered = posts.stream().map(p -> p.join().body().value()).toList();
        assertThat(answered)
                .containsExactly("first", "queued 1", "queued 2", "queued 3", "queued 4", "queued 5", "queued 6");
        assertThat(saves.messagesPerSave)
                .as("one save alone, then the six that queued in one")
                .containsExactly(1, 6);
        List<Message> stored = world.messages(id);
        assertThat(stored.subList(stored.size() - 7, stored.size()))
                .extracting(m -> m.body().value())
                .containsExactlyElementsOf(answered);
        assertThat(stored).extracting(Message::seq).containsExactlyElementsOf(gapFree(stored.size()));
        assertThat(posts)
                .extracting(CompletableFuture::join)
                .extracting(Message::seq)
                .doesNotHaveDuplicates();
    }

    @Test
    void aVerbThatFailsInAGroupFailsOnlyItsOwnWriterAndLeavesNothingHalfDone() throws Exception {
        CompletableFuture<Message> first = queued(post("first"));
        saves.awaitHeld();
        CompletableFuture<Message> before = queued(post("before"));
        CompletableFuture<Message> failing = queued(conversation -> {
            post("half done").apply(conversation); // changes the conversation, then is refused
            throw new IllegalStateException("refused after a change");
        });
        CompletableFuture<Message> after = queued(post("after"));
        saves.release();

        assertThat(first.join().body().value()).isEqualTo("first");
        assertThat(before.join().body().value()).isEqualTo("before");
        assertThat(after.join().body().value()).isEqualTo("after");
        assertThat(failing)
                .failsWithin(5, TimeUnit.SECONDS)
                .withThrowableOfType(Exception.class)
                .withRootCauseInstanceOf(IllegalStateException.class);
        assertThat(saves.messagesPerSave).containsExactly(1, 2);
        List<Message> stored = world.messages(id);
        assertThat(stored)
                .extracting(m -> m.body().value())
                .doesNotContain("half done")
                .endsWith("first", "before", "after");
        assertThat(stored).extracting(Message::seq).containsExactlyElementsOf(gapFree(stored.size()));
        assertThat(world.stored(id).messages().lastSeq()).isEqualTo((long) stored.size());
    }

    @Test
    void whenTheGroupsSaveFailsEveryWriterInItFailsAndNothingOfItIsStored() throws Exception {
        CompletableFuture<Message> first = queued(post("first"));
        saves.awaitHeld();
        List<CompletableFuture<Message>> group = List.of(queued(post("a")), queued(post("b")));
        saves.failNext = true;
        saves.release();

        assertThat(first.join().body().value()).isEqualTo("first");
        eachFailsOnAFullDisk(group);
        assertThat(world.messages(id)).extracting(m -> m.body().value()).doesNotContain("a", "b");
    }

    @Test
    void groupsOfOtherConversationsReadyWhileAUnitIsSavingShareTheNextUnit() throws Exception {
        ConversationId hugo = otherConversation("Hugo");
        ConversationId ines = otherConversation("Inès");
        CompletableFuture<Message> first = queued(transactional, id, post("first"));
        saves.awaitHeld();
        CompletableFuture<Message> toHugo = queued(transactional, hugo, post("to Hugo"));
        CompletableFuture<Message> toInes = queued(transactional, ines, post("to Inès"));
        saves.release();

        assertThat(first.join().body().value()).isEqualTo("first");
        assertThat(toHugo.join().body().value()).isEqualTo("to Hugo");
        assertThat(toInes.join().body().value()).isEqualTo("to Inès");
        assertThat(units.started())
                .as("the first alone, then both ready groups in one")
                .isEqualTo(2);
        assertThat(saves.unitOf).containsEntry(hugo, 2).containsEntry(ines, 2);
        assertThat(lastBody(hugo)).isEqualTo("to Hugo");
        assertThat(lastBody(ines)).isEqualTo("to Inès");
        assertThat(world.publishedTypes(hugo))
                .as("published once committed, each message once")
                .filteredOn("message.posted"::equals)
                .hasSameSizeAs(world.messages(hugo));
    }

    @Test
    void aConversationThatDoesNotExistFailsOnlyItsOwnGroupInASharedUnit() throws Exception {
        ConversationId hugo = otherConversation("Hugo");
        ConversationId missing = missingConversation();
        CompletableFuture<Message> first = queued(transactional, id, post("first"));
        saves.awaitHeld();
        CompletableFuture<Message> toMissing = queued(transactional, missing, post("lost"));
        CompletableFuture<Message> toHugo = queued(transactional, hugo, post("to Hugo"));
        saves.release();

        assertThat(first.join().body().value()).isEqualTo("first");
        assertThat(toHugo.join().body().value()).isEqualTo("to Hugo");
        assertThat(toMissing)
                .failsWithin(5, TimeUnit.SECONDS)
                .withThrowableOfType(Exception.class)
                .withRootCauseInstanceOf(NotFoundException.class);
        assertThat(units.started()).isEqualTo(2);
        assertThat(lastBody(hugo)).isEqualTo("to Hugo");
    }

    @Test
    void whenASharedUnitFailsEveryWriterInItFailsAndNothingOfItIsStored() throws Exception {
        ConversationId hugo = otherConversation("Hugo");
        ConversationId ines = otherConversation("Inès");
        CompletableFuture<Message> first = queued(transactional, id, post("first"));
        saves.awaitHeld();
        List<CompletableFuture<Message>> shared =
                List.of(queued(transactional, hugo, post("to Hugo")), queued(transactional, ines, post("to Inès")));
        saves.failNext = true;
        saves.release();

        assertThat(first.join().body().value()).isEqualTo("first");
        eachFailsOnAFullDisk(shared);
        assertThat(world.messages(hugo)).extracting(m -> m.body().value()).doesNotContain("to Hugo");
        assertThat(world.messages(ines)).extracting(m -> m.body().value()).doesNotContain("to Inès");
    }

    @Test
    void aRaceLostTwiceByASharedUnitRunsItsGroupsEachInAUnitOfItsOwn() throws Exception {
        ConversationId hugo = otherConversation("Hugo");
        ConversationId ines = otherConversation("Inès");
        // the first conversation saved in the shared unit loses its race twice: nothing was saved before it
        ConversationId racing = hugo.value().compareTo(ines.value()) < 0 ? hugo : ines;
        CompletableFuture<Message> first = queued(transactional, id, post("first"));
        saves.awaitHeld();
        CompletableFuture<Message> toHugo = queued(transactional, hugo, post("to Hugo"));
        CompletableFuture<Message> toInes = queued(transactional, ines, post("to Inès"));
        saves.lostRaces.put(racing, 2);
        saves.release();

        assertThat(first.join().body().value()).isEqualTo("first");
        assertThat(toHugo.join().body().value()).isEqualTo("to Hugo");
        assertThat(toInes.join().body().value()).isEqualTo("to Inès");
        assertThat(units.started())
                .as("the first; the shared unit and its retry; then each group alone")
                .isEqualTo(5);
        assertThat(world.messages(hugo)).extracting(m -> m.body().value()).containsOnlyOnce("to Hugo");
        assertThat(world.messages(ines)).extracting(m -> m.body().value()).containsOnlyOnce("to Inès");
    }

    @Test
    void aSubscriberThatWritesAsItHearsOfASharedUnitDoesNotWaitForTheUnitsOtherWriters() throws Exception {
        ConversationId hugo = otherConversation("Hugo");
        ConversationId ines = otherConversation("Inès");
        AtomicReference<ConversationWork> replying = new AtomicReference<>();
        AtomicBoolean replied = new AtomicBoolean();
        PublishEventsPort replier = events -> {
            world.publisher.publish(events);
            // heard of Hugo's message: writes to Inès's conversation, whose writer was in the same unit
            if (events.stream().anyMatch(e -> e.conversationId().equals(hugo)) && replied.compareAndSet(false, true))
                replying.get().apply(ines, post("reply to Inès"));
        };
        replying.set(new ConversationWork(world.store.conversations(), saves, replier, units));
        CompletableFuture<Message> first = queued(replying.get(), id, post("first"));
        saves.awaitHeld();
        CompletableFuture<Message> toHugo = queued(replying.get(), hugo, post("to Hugo"));
        CompletableFuture<Message> toInes = queued(replying.get(), ines, post("to Inès"));
        saves.release();

        assertThat(first).succeedsWithin(5, TimeUnit.SECONDS);
        assertThat(toHugo).succeedsWithin(5, TimeUnit.SECONDS);
        assertThat(toInes).succeedsWithin(5, TimeUnit.SECONDS);
        assertThat(replied).isTrue();
        assertThat(world.messages(ines)).extracting(m -> m.body().value()).contains("to Inès", "reply to Inès");
    }

    @Test
    void withoutTransactionsAGroupDoesNotWaitForTheUnitOfAnotherConversation() throws Exception {
        ConversationId hugo = otherConversation("Hugo");
        CompletableFuture<Message> first = queued(post("first"));
        saves.awaitHeld();
        CompletableFuture<Message> toHugo = queued(work, hugo, post("to Hugo"));

        assertThat(toHugo.get(5, TimeUnit.SECONDS).body().value()).isEqualTo("to Hugo");
        assertThat(first).isNotDone();
        saves.release();
        assertThat(first.join().body().value()).isEqualTo("first");
    }

    /** Another conversation, held by a stripe of its own, so its writers never wait for the others'. */
    private ConversationId otherConversation(String visitor) {
        while (true) {
            ConversationId other = world.start(visitor(visitor)).conversation().id();
            if (ownStripe(other)) return other;
        }
    }

    private ConversationId missingConversation() {
        for (int i = 0; ; i++) {
            ConversationId missing = new ConversationId("missing-" + i);
            if (ownStripe(missing)) return missing;
        }
    }

    private boolean ownStripe(ConversationId conversation) {
        heldStripes.add(GroupCommit.stripe(id));
        return heldStripes.add(GroupCommit.stripe(conversation));
    }

    private String lastBody(ConversationId conversation) {
        List<Message> stored = world.messages(conversation);
        return stored.get(stored.size() - 1).body().value();
    }

    private static void eachFailsOnAFullDisk(List<CompletableFuture<Message>> writers) {
        assertThat(writers)
                .allSatisfy(p -> assertThat(p)
                        .failsWithin(5, TimeUnit.SECONDS)
                        .withThrowableOfType(Exception.class)
                        .withRootCauseInstanceOf(IllegalStateException.class)
                        .withMessageContaining("the disk is full"));
    }

    private Function<Conversation, Message> post(String text) {
        return conversation -> conversation.postVisitorMessage(MessageBody.of(text), world.clock.instant());
    }

    /** Starts a writer and returns once it waits: for the conversation, or inside the held save. */
    private CompletableFuture<Message> queued(Function<Conversation, Message> verb) throws InterruptedException {
        return queued(work, id, verb);
    }

    private CompletableFuture<Message> queued(
            ConversationWork work, ConversationId conversation, Function<Conversation, Message> verb)
            throws InterruptedException {
        CompletableFuture<Message> result = new CompletableFuture<>();
        Thread writer = new Thread(() -> {
            try {
                result.complete(work.apply(conversation, verb));
            } catch (Throwable failed) {
                result.completeExceptionally(failed);
            }
        });
        writer.start();
        while (!waits(writer) && !result.isDone()) Thread.sleep(1);
        return result;
    }

    private static boolean waits(Thread writer) {
        Thread.State state = writer.getState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
    }

    private static List<Long> gapFree(int count) {
        return LongStream.rangeClosed(1, count).boxed().toList();
    }

    /** A save port that holds the first save until released, and counts the messages of each save. */
    final class HeldSave implements SaveConversationPort {
        final List<Integer> messagesPerSave = Collections.synchronizedList(new ArrayList<>());
        /** How many more saves of a conversation lose a race (as a changed version would make them). */
        final Map<ConversationId, Integer> lostRaces = new ConcurrentHashMap<>();
        /** The unit of work (counted by {@link #units}) each conversation was last saved in. */
        final Map<ConversationId, Integer> unitOf = new ConcurrentHashMap<>();

        private final SaveConversationPort store;
        private final CountDownLatch held = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);
        volatile boolean failNext;

        HeldSave(SaveConversationPort store) {
            this.store = store;
        }

        @Override
        public List<EventRecord> save(Conversation conversation, List<ConversationEvent> events) {
            if (held.getCount() > 0) {
                held.countDown();
                await(released);
            } else if (failNext) {
                throw new IllegalStateException("the disk is full");
            } else if (lostRaces.merge(conversation.id(), -1, Integer::sum) >= 0) {
                throw new ConcurrentUpdateException("conversation", conversation.id(), 0);
            }
            unitOf.put(conversation.id(), units.started());
            messagesPerSave.add((int) events.stream()
                    .filter(e -> e.type() == EventType.MESSAGE_POSTED)
                    .count());
            return store.save(conversation, events);
        }

        void awaitHeld() {
            await(held);
        }

        void release() {
            released.countDown();
        }

        private static void await(CountDownLatch latch) {
            try {
                if (!latch.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("timed out");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Units of work as transactions would be, counted as they start; nothing to roll back in memory. */
    static final class CountedUnits implements TransactionPort {
        private final AtomicInteger started = new AtomicInteger();
        private final ThreadLocal<Boolean> open = ThreadLocal.withInitial(() -> false);

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            if (open.get()) return work.get();
            started.incrementAndGet();
            open.set(true);
            try {
                return work.get();
            } finally {
                open.set(false);
            }
        }

        int started() {
            return started.get();
        }
    }
}
