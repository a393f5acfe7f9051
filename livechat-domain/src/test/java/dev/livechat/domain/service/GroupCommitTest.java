package dev.livechat.domain.service;

import static dev.livechat.domain.service.World.visitor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.conversation.Conversation;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.Message;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.event.ConversationEvent;
import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.event.EventType;
import dev.livechat.domain.port.out.SaveConversationPort;
import dev.livechat.domain.port.out.TransactionPort;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Writers of one conversation that queue while another holds it are applied together, in one
 * save, in arrival order, each answered with its own result or failure.
 */
class GroupCommitTest {
    final World world = new World();
    final ConversationId id = world.start(visitor("Claire")).conversation().id();
    final HeldSave saves = new HeldSave(world.store.conversations());
    final ConversationWork work =
            new ConversationWork(world.store.conversations(), saves, world.publisher, TransactionPort.NONE);

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
        assertThat(group)
                .allSatisfy(p -> assertThat(p)
                        .failsWithin(5, TimeUnit.SECONDS)
                        .withThrowableOfType(Exception.class)
                        .withRootCauseInstanceOf(IllegalStateException.class)
                        .withMessageContaining("the disk is full"));
        assertThat(world.messages(id)).extracting(m -> m.body().value()).doesNotContain("a", "b");
    }

    private Function<Conversation, Message> post(String text) {
        return conversation -> conversation.postVisitorMessage(MessageBody.of(text), world.clock.instant());
    }

    /** Starts a writer and returns once it waits: for the conversation, or inside the held save. */
    private CompletableFuture<Message> queued(Function<Conversation, Message> verb) throws InterruptedException {
        CompletableFuture<Message> result = new CompletableFuture<>();
        Thread writer = new Thread(() -> {
            try {
                result.complete(work.apply(id, verb));
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
    static final class HeldSave implements SaveConversationPort {
        final List<Integer> messagesPerSave = Collections.synchronizedList(new ArrayList<>());
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
            }
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
}
