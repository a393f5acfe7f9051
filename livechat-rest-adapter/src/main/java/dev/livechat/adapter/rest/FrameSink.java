package dev.livechat.adapter.rest;

/** Where a subscriber's frames go: an SSE connection (or, in tests, a list). */
interface FrameSink {
    /** Queues a frame to send; false when the sink is closed or its backlog is full. */
    boolean send(byte[] frame);

    void close();

    boolean closed();
}
