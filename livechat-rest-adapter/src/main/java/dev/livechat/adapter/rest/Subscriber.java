package dev.livechat.adapter.rest;

import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.typing.TypingNotice;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One event stream's subscription. It starts by <em>replaying</em> the stored events after the
 * client's Last-Event-ID while the hub's live events are held back (bounded), then goes live.
 * Every event passes the audience and the de-duplication by position before it becomes a frame.
 * A full backlog or hold closes it: a slow client is dropped, never waited for.
 */
final class Subscriber {
    /** How many recent positions a stream remembers, to never send one twice. */
    static final int REMEMBERED = 256;

    private final Audience audience;
    private final long startPosition;
    private final int capacity;
    private final FrameSink sink;
    private final SseFrames frames;
    private final LongSupplier nanoTime;
    private final List<EventRecord> held = new ArrayList<>();
    private final LinkedHashSet<Long> sent = new LinkedHashSet<>();
    private boolean live;
    private boolean overflowed;
    private long lastSentNanos;

    Subscriber(
            Audience audience,
            long startPosition,
            int capacity,
            FrameSink sink,
            SseFrames frames,
            LongSupplier nanoTime) {
        this.audience = audience;
        this.startPosition = startPosition;
        this.capacity = capacity;
        this.sink = sink;
        this.frames = frames;
        this.nanoTime = nanoTime;
        this.lastSentNanos = nanoTime.getAsLong();
    }

    /** The hub's position when this subscriber joined: live delivery covers everything above it. */
    long startPosition() {
        return startPosition;
    }

    /** From the hub's thread: a new event, with its frame made at most once for every subscriber. */
    synchronized void deliver(EventRecord event, Supplier<byte[]> frame) {
        if (closed() || !audience.mayQueue(event)) return;
        if (live) write(event, frame);
        else if (held.size() < capacity) held.add(event);
        else overflow();
    }

    /** A typing notice: live streams only, and only for the side it is meant for. */
    synchronized void deliverTyping(TypingNotice notice, Supplier<byte[]> frame) {
        if (!live || closed() || !audience.admits(notice)) return;
        send(frame.get());
    }

    /** From the stream's thread, before {@link #goLive()}: a stored event after Last-Event-ID. */
    synchronized void replay(EventRecord event) {
        if (!live) write(event, () -> frames.event(event));
    }

    /** Sends what the hub delivered during the replay, then every event as it comes. */
    synchronized void goLive() {
        for (EventRecord event : held) write(event, () -> frames.event(event));
        held.clear();
        live = true;
    }

    /** A comment line when nothing was sent for the interval, so that proxies keep the stream. */
    synchronized void heartbeat(long everyNanos) {
        if (live && !closed() && nanoTime.getAsLong() - lastSentNanos >= everyNanos) send(SseFrames.HEARTBEAT);
    }

    private void write(EventRecord event, Supplier<byte[]> frame) {
        if (closed() || !audience.admits(event) || !remember(event.position())) return;
        send(frame.get());
    }

    private void send(byte[] frame) {
        if (sink.send(frame)) lastSentNanos = nanoTime.getAsLong();
        else if (!sink.closed()) overflow();
    }

    private boolean remember(long position) {
        if (!sent.add(position)) return false;
        if (sent.size() > REMEMBERED) sent.remove(sent.iterator().next());
        return true;
    }

    private void overflow() {
        overflowed = true;
        sink.close();
    }

    void close() {
        sink.close();
    }

    boolean closed() {
        return sink.closed();
    }

    synchronized boolean overflowed() {
        return overflowed;
    }
}
