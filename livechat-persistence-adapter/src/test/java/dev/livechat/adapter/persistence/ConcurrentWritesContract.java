package dev.livechat.adapter.persistence;

import static dev.livechat.domain.fixtures.OperatorFixtures.CHANNEL;
import static dev.livechat.domain.fixtures.OperatorFixtures.operator;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.LiveChat;
import dev.livechat.domain.access.Caller;
import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.SessionCap;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationStatus;
import dev.livechat.domain.conversation.Message;
import dev.livechat.domain.conversation.MessageBody;
import dev.livechat.domain.error.StateConflictException;
import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.operator.Operator;
import dev.livechat.domain.operator.Presence;
import dev.livechat.domain.port.in.ChangeStatusCommand;
import dev.livechat.domain.port.in.ConversationCommand;
import dev.livechat.domain.port.in.PostMessageCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writers of one conversation queue on its row lock instead of failing on each other: every post
 * from eight threads at once is stored once, in a gap-free sequence, and none is refused for
 * concurrency. A join race still has exactly one winner, and the losers are told who won.
 */
abstract class ConcurrentWritesContract {
    static final int THREADS = 8;
    static final int POSTS = 200;

    JpaStorage storage;
    LiveChat chat;
    Operator ana;

    abstract JpaStorage open();

    @BeforeEach
    void start() {
        storage = open();
        chat = LiveChat.builder().storage(storage.ports()).mailer((t, to) -> {}).build();
        storage.catalogue().save(new Channel(CHANNEL, "Website support", SessionCap.unlimited()));
        ana = operator("u0", "Ana").presence(Presence.ONLINE).build();
        storage.operators().save(ana);
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void eightWritersOfOneConversationAreAllStoredOnceInAGapFreeSequence() throws Exception {
        ConversationId id = startConversation();
        Caller visitor = Caller.visitor(id);
        Caller operator = Caller.user(ana);
        long before = storage.conversations().require(id).state().messages().lastSeq();

        List<Message> posted = race(THREADS, thread -> {
            List<Message> mine = new ArrayList<>();
            for (int i = 0; i < POSTS; i++) {
                MessageBody body = MessageBody.of("thread " + thread + " message " + i);
                mine.add(
                        thread % 2 == 0
                                ? chat.postVisitorMessage()
                                        .postVisitorMessage(new PostMessageCommand(visitor, id, body))
                                : chat.postOperatorMessage()
                                        .postOperatorMessage(new PostMessageCommand(operator, id, body)));
            }
            return mine;
        });

        assertThat(posted).hasSize(THREADS * POSTS);
        List<Message> stored = storage.conversations().messagesAfter(id, before, THREADS * POSTS + 10);
        assertThat(stored)
                .extracting(Message::seq)
                .containsExactlyElementsOf(LongStream.rangeClosed(before + 1, before + THREADS * POSTS)
                        .boxed()
                        .toList());
        assertThat(stored).extracting(m -> m.body().value()).doesNotHaveDuplicates();
        assertThat(storage.conversations().require(id).state().messages().lastSeq())
                .isEqualTo(before + THREADS * POSTS);
        List<EventRecord> events = storage.events().after(0, 100_000).stream()
                .filter(e -> e.conversationId().equals(id))
                .toList();
        assertThat(events).extracting(EventRecord::seq).doesNotHaveDuplicates();
        assertThat(events).extracting(EventRecord::position).doesNotHaveDuplicates();
    }

    @Test
    void ofSixteenJoinersExactlyOneWinsAndTheOthersAreToldWho() throws Exception {
        ConversationId id = startConversation();
        chat.changeStatus()
                .changeStatus(new ChangeStatusCommand(Caller.user(ana), id, ConversationStatus.LOOKING_FOR_HELP));
        List<Operator> joiners = new ArrayList<>();
        for (int i = 1; i <= 16; i++) {
            Operator joiner = operator("j" + i, "Joiner " + i).build();
            storage.operators().save(joiner);
            joiners.add(joiner);
        }

        List<String> outcomes = race(16, i -> {
            try {
                chat.join().join(new ConversationCommand(Caller.user(joiners.get(i)), id));
                return List.of("won");
            } catch (StateConflictException lost) {
                return List.of("lost: " + lost.getMessage());
            }
        });

        assertThat(outcomes).filteredOn("won"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.startsWith("lost")).hasSize(15);
    }

    private ConversationId startConversation() {
        return Guests.start(chat, "Claire", "Hello");
    }

    private interface Work<T> {
        List<T> run(int thread) throws Exception;
    }

    private static <T> List<T> race(int threads, Work<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<T>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Callable<List<T>> task = () -> {
                    go.await();
                    return work.run(thread);
                };
                futures.add(pool.submit(task));
            }
            go.countDown();
            List<T> all = new ArrayList<>();
            for (Future<List<T>> f : futures) all.addAll(f.get(120, TimeUnit.SECONDS));
            return all;
        } finally {
            pool.shutdownNow();
        }
    }
}
