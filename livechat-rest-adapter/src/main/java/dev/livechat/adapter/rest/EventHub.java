package dev.livechat.adapter.rest;

import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.port.out.ReadEventsPort;
import dev.livechat.domain.typing.TypingNotice;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers stored events to this instance's event streams by <em>polling</em> the stored stream
 * ({@link ReadEventsPort}): one thread reads what is new every {@code poll} interval, or at once
 * when {@link #wake()} is called after a local publish. Because it reads the database rather than
 * listening to this process, events written through any instance on the same database reach the
 * subscribers of every instance. Positions that commit out of order are handled by
 * {@link EventCursor}. The same thread sends the heartbeats of quiet streams. It never waits on a
 * client: streams queue what they are given, and a full one is dropped.
 */
final class EventHub {
    static final int BATCH = 500;
    static final int BATCHES_PER_POLL = 20;
    static final Duration GAP_TIMEOUT = Duration.ofSeconds(5);
    static final int CAPACITY = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(EventHub.class);

    private final ReadEventsPort events;
    private final SseFrames frames;
    private final Duration poll;
    private final long heartbeatNanos;
    private final Duration gapTimeout;
    private final int capacity;
    private final LongSupplier nanoTime;
    private final Semaphore wakeups = new Semaphore(0);
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final Object lock = new Object();
    private EventCursor cursor; // guarded by lock; null until the stream could be read once
    private volatile boolean running;
    private volatile boolean failing;
    private Thread thread;

    EventHub(ReadEventsPort events, SseFrames frames, Duration poll, Duration heartbeat) {
        this(events, frames, poll, heartbeat, GAP_TIMEOUT, CAPACITY, System::nanoTime);
    }

    EventHub(
            ReadEventsPort events,
            SseFrames frames,
            Duration poll,
            Duration heartbeat,
            Duration gapTimeout,
            int capacity,
            LongSupplier nanoTime) {
        this.events = events;
        this.frames = frames;
        this.poll = poll;
        this.heartbeatNanos = heartbeat.toNanos();
        this.gapTimeout = gapTimeout;
        this.capacity = capacity;
        this.nanoTime = nanoTime;
    }

    synchronized void start() {
        if (running) return;
        running = true;
        thread = new Thread(this::run, "livechat-event-hub");
        thread.setDaemon(true);
        thread.start();
    }

    /** Reads the stored stream now rather than at the next poll (after a local publish). */
    void wake() {
        wakeups.release();
    }

    /** Registers a stream; live delivery covers every position above its start position. */
    Subscriber subscribe(Audience audience, FrameSink sink) {
        if (!running) throw ApiProblem.unavailable("The service is shutting down");
        synchronized (lock) {
            Subscriber subscriber = new Subscriber(audience, cursor().position(), capacity, sink, frames, nanoTime);
            subscribers.add(subscriber);
            return subscriber;
        }
    }

    void unsubscribe(Subscriber subscriber) {
        subscribers.remove(subscriber);
        subscriber.close();
    }

    int subscriberCount() {
        return subscribers.size();
    }

    /** Stops polling and ends every stream, so that their requests complete. */
    void stop() {
        synchronized (this) {
            running = false;
        }
        wake();
        if (thread != null) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        subscribers.forEach(Subscriber::close);
        subscribers.clear();
    }

    /**
     * One read of what is new, handed to every subscriber a batch at a time, and at most
     * {@value #BATCHES_PER_POLL} batches: a hub that fell behind holds one batch, not the backlog,
     * and still sends its heartbeats between reads. Answers whether it stopped with more to read.
     * Package-private for tests.
     */
    boolean pollOnce() {
        boolean more = false;
        synchronized (lock) {
            EventCursor at = cursor();
            long from = at.position();
            for (int read = 0; read < BATCHES_PER_POLL; read++) {
                List<EventRecord> batch = events.after(from, BATCH);
                deliver(at.accept(batch, nanoTime.getAsLong()));
                more = batch.size() == BATCH;
                if (!more) break;
                from = batch.get(batch.size() - 1).position();
            }
        }
        dropClosed();
        return more;
    }

    /** Caller holds the lock: each event's frame is made once, for the first stream that takes it. */
    private void deliver(List<EventRecord> fresh) {
        Map<Long, byte[]> made = new HashMap<>();
        for (EventRecord event : fresh)
            for (Subscriber s : subscribers)
                s.deliver(event, () -> made.computeIfAbsent(event.position(), p -> frames.event(event)));
    }

    /**
     * A typing notice, straight to the live streams that may see it: it has no position, so no
     * cursor, replay or de-duplication applies; a stream still replaying misses it (it is stale by
     * the time the replay ends). Its frame is made at most once.
     */
    void typing(TypingNotice notice) {
        byte[][] frame = new byte[1][];
        for (Subscriber s : subscribers)
            s.deliverTyping(notice, () -> frame[0] != null ? frame[0] : (frame[0] = frames.typing(notice)));
    }

    /** Heartbeats for the streams that were quiet for the interval; package-private for tests. */
    void heartbeats() {
        for (Subscriber s : subscribers) s.heartbeat(heartbeatNanos);
        dropClosed();
    }

    private void dropClosed() {
        subscribers.removeIf(s -> {
            if (!s.closed()) return false;
            if (s.overflowed()) LOG.info("Dropped an event stream that fell {} events behind", capacity);
            return true;
        });
    }

    /** Caller holds the lock. Starts at the newest stored event: replay is the streams' business. */
    private EventCursor cursor() {
        if (cursor == null) cursor = new EventCursor(events.lastPosition(), gapTimeout);
        return cursor;
    }

    private void run() {
        while (running) {
            try {
                wakeups.tryAcquire(poll.toNanos(), TimeUnit.NANOSECONDS);
                wakeups.drainPermits();
                if (!running) return;
                if (pollOnce()) wake(); // the rest of a backlog, right after the heartbeats
                if (failing) LOG.info("Reading the event stream works again");
                failing = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!failing) LOG.warn("Reading the event stream failed; retrying every {}", poll, e);
                failing = true;
            }
            heartbeats();
        }
    }
}
