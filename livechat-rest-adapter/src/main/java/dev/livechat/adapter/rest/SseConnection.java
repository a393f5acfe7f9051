package dev.livechat.adapter.rest;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One event stream on <em>non-blocking</em> servlet output: frames are queued and written only
 * when the socket can take them, so no thread ever waits on a slow client. The backlog is
 * bounded; a client that lets it fill up is dropped (it may resume with Last-Event-ID). The
 * stream ends when {@link #done()} completes: on close, on a write error, or when the request ends.
 */
final class SseConnection implements FrameSink, WriteListener, AsyncListener {
    private final int capacity;
    private final ArrayDeque<byte[]> backlog = new ArrayDeque<>();
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private ServletOutputStream out; // set by start, under the lock
    private boolean ready; // the container called onWritePossible: non-blocking writes may begin
    private boolean flushNeeded;
    private volatile boolean closed;

    SseConnection(int capacity) {
        this.capacity = capacity;
    }

    /** Commits the headers and the first frame, and from then on writes whenever the socket is ready. */
    void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(200);
        response.setContentType(SseFrames.CONTENT_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Accel-Buffering", "no");
        request.getAsyncContext().addListener(this);
        ServletOutputStream stream = response.getOutputStream();
        synchronized (this) {
            backlog.addFirst(SseFrames.PREAMBLE);
            out = stream;
        }
        stream.setWriteListener(this); // the container calls onWritePossible from here on
    }

    @Override
    public boolean send(byte[] frame) {
        boolean written;
        synchronized (this) {
            if (closed || backlog.size() >= capacity) return false;
            backlog.add(frame);
            written = !ready || pump();
        }
        if (!written) close();
        return written;
    }

    /** Waits (bounded) until the backlog is down to {@code size} frames: replay's back-pressure. */
    synchronized boolean awaitBacklogAtMost(int size, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (!closed && backlog.size() > size) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) return false;
            wait(left);
        }
        return !closed;
    }

    synchronized int backlog() {
        return backlog.size();
    }

    @Override
    public void onWritePossible() {
        boolean ok;
        synchronized (this) {
            ready = true;
            ok = pump();
        }
        if (!ok) close();
    }

    /** Writes while the socket is ready; false on a write error. Caller holds the lock. */
    private boolean pump() {
        try {
            while (!closed && out.isReady()) {
                byte[] next = backlog.poll();
                if (next == null) {
                    if (!flushNeeded) break;
                    flushNeeded = false;
                    out.flush();
                    continue;
                }
                out.write(next);
                flushNeeded = true;
            }
            notifyAll();
            return true;
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) return;
            closed = true;
            backlog.clear();
            notifyAll();
        }
        done.complete(null); // outside the lock: completing ends the request on this thread
    }

    @Override
    public boolean closed() {
        return closed;
    }

    /** Completes when the stream is over; the request then completes. */
    CompletableFuture<Void> done() {
        return done;
    }

    @Override
    public void onError(Throwable failure) {
        close();
    }

    @Override
    public void onComplete(AsyncEvent event) {
        close();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        close();
    }

    @Override
    public void onError(AsyncEvent event) {
        close();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // nothing to do
    }
}
