package dev.livechat.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.event.EventType;
import dev.livechat.domain.port.out.ReadEventsPort;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The hub against a stored stream whose positions commit out of order, slow clients, and replays. */
class EventHubTest {
    static final Duration HEARTBEAT = Duration.ofSeconds(15);

    /** A stored stream the test commits to by hand, in any order. */
    static final class Stream implements ReadEventsPort {
        private final List<EventRecord> committed = new ArrayList<>();
        private Runnable beforeEachRead = () -> {};

        void beforeEachRead(Runnable action) {
            beforeEachRead = action;
        }

        synchronized EventRecord commit(long position, String conversation, boolean visibleToVisitor) {
            EventRecord event = new EventRecord(
                    position,
                    visibleToVisitor ? EventType.MESSAGE_POSTED : EventType.NOTE_EDITED,
                    ConversationId.of(conversation),
                    ChannelId.of("web"),
                    position,
                    Instant.EPOCH,
                    visibleToVisitor,
                    Map.of("conversationId", conversation));
            committed.add(event);
            committed.sort(Comparator.comparingLong(EventRecord::position));
            return event;
        }

        @Override
        public synchronized List<EventRecord> after(long afterPosition, int limit) {
            beforeEachRead.run();
            return committed.stream()
                    .filter(e -> e.position() > afterPosition)
                    .limit(limit)
                    .toList();
        }

        @Override
        public synchronized long lastPosition() {
            return committed.isEmpty() ? 0 : committed.get(committed.size() - 1).position();
        }
    }

    /** A client that keeps what it is sent, up to its capacity. */
    static final class Client implements FrameSink {
        private final int capacity;
        private final List<String> frames = new ArrayList<>();
        private boolean closed;

        Client(int capacity) {
            this.capacity = capacity;
        }

        @Override
        public synchronized boolean send(byte[] frame) {
            if (closed || frames.size() >= capacity) return false;
            frames.add(new String(frame, StandardCharsets.UTF_8));
            return true;
        }

        @Override
        public synchronized void close() {
            closed = true;
        }

        @Override
        public synchronized boolean closed() {
            return closed;
        }

        synchronized List<Long> ids() {
            return frames.stream()
                    .filter(f -> f.startsWith("id: "))
                    .map(f -> Long.parseLong(f.substring(4, f.indexOf('\n'))))
                    .toList();
        }

        synchronized long heartbeats() {
            return frames.stream().filter(f -> f.startsWith(": heartbeat")).count();
        }
    }

    final Stream stream = new Stream();
    final long[] now = {0};
    EventHub hub;

    EventHub hub(int capacity) {
        hub = new EventHub(
                stream,
                new SseFrames(new ObjectMapper()),
                Duration.ofHours(1),
                HEARTBEAT,
                Duration.ofSeconds(5),
                capacity,
                () -> now[0]);
        hub.start();
        return hub;
    }

    Subscriber live(Audience audience, Client client) {
        Subscriber subscriber = hub.subscribe(audience, client);
        subscriber.goLive();
        return subscriber;
    }

    @AfterEach
    void stop() {
        if (hub != null) hub.stop();
    }

    @Test
    void startsAtTheNewestStoredEventAndDeliversWhatComesAfter() {
        stream.commit(1, "c1", true);
        hub(100);
        Client client = new Client(100);
        Subscriber subscriber = live(event -> true, client);
        assertThat(subscriber.startPosition()).isEqualTo(1);
        stream.commit(2, "c1", true);
        hub.pollOnce();
        assertThat(client.ids()).containsExactly(2L);
    }

    @Test
    void anEventThatCommitsLateIsStillDeliveredOnce() {
        hub(100);
        Client client = new Client(100);
        live(event -> true, client);
        stream.commit(2, "c1", true);
        hub.pollOnce();
        stream.commit(1, "c1", true);
        stream.commit(3, "c1", true);
        hub.pollOnce();
        hub.pollOnce();
        assertThat(client.ids()).containsExactly(2L, 1L, 3L);
    }

    @Test
    void aBacklogIsDeliveredABatchAtATimeAndAPollStopsAfterItsShare() {
        hub(30_000);
        Client client = new Client(30_000);
        live(event -> true, client);
        int backlog = EventHub.BATCH * EventHub.BATCHES_PER_POLL + 1_500;
        for (long p = 1; p <= backlog; p++) stream.commit(p, "c1", true);
        List<Integer> deliveredAtEachRead = new ArrayList<>();
        stream.beforeEachRead(() -> deliveredAtEachRead.add(client.ids().size()));

        assertThat(hub.pollOnce()).as("more to read").isTrue();
        assertThat(deliveredAtEachRead)
                .as("each batch handed on before the next is read")
                .hasSize(EventHub.BATCHES_PER_POLL)
                .startsWith(0, EventHub.BATCH, 2 * EventHub.BATCH);
        assertThat(client.ids()).hasSize(EventHub.BATCH * EventHub.BATCHES_PER_POLL);

        assertThat(hub.pollOnce()).as("the rest, then nothing more").isFalse();
        assertThat(client.ids()).hasSize(backlog).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aVisitorGetsOnlyItsConversationsVisibleEvents() {
        hub(100);
        Client client = new Client(100);
        live(new Audience.VisitorAudience(ConversationId.of("c1")), client);
        stream.commit(1, "c1", true);
        stream.commit(2, "c1", false);
        stream.commit(3, "c2", true);
        hub.pollOnce();
        assertThat(client.ids()).containsExactly(1L);
    }

    @Test
    void aClientThatFallsBehindIsDroppedWhileTheOthersGoOn() {
        hub(100);
        Client slow = new Client(3);
        Client fast = new Client(100);
        Subscriber dropped = live(event -> true, slow);
        live(event -> true, fast);
        for (long p = 1; p <= 5; p++) stream.commit(p, "c1", true);
        hub.pollOnce();
        assertThat(dropped.closed()).isTrue();
        assertThat(dropped.overflowed()).isTrue();
        assertThat(fast.ids()).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(hub.subscriberCount()).isEqualTo(1);
    }

    @Test
    void liveEventsWaitForTheReplayAndNothingIsSentTwice() {
        EventRecord first = stream.commit(1, "c1", true);
        EventRecord second = stream.commit(2, "c1", true);
        hub(100);
        Client client = new Client(100);
        Subscriber subscriber = hub.subscribe(event -> true, client);
        stream.commit(3, "c1", true);
        hub.pollOnce();
        assertThat(client.ids()).as("held while replaying").isEmpty();
        subscriber.replay(first);
        subscriber.replay(second);
        subscriber.replay(second);
        subscriber.goLive();
        assertThat(client.ids()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aQuietStreamGetsAHeartbeatEveryInterval() {
        hub(100);
        Client client = new Client(100);
        live(event -> true, client);
        hub.heartbeats();
        assertThat(client.heartbeats()).isZero();
        now[0] += HEARTBEAT.toNanos();
        hub.heartbeats();
        hub.heartbeats();
        assertThat(client.heartbeats()).isEqualTo(1);
    }

    @Test
    void stopEndsEveryStream() {
        hub(100);
        Client client = new Client(100);
        live(event -> true, client);
        hub.stop();
        assertThat(client.closed()).isTrue();
    }
}
