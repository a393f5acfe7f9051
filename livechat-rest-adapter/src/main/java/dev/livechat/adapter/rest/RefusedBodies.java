package dev.livechat.adapter.rest;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads and drops what is left of a body refused as too large, up to a bound, before the refusal
 * goes out. A server that answers 413 and closes while the body is still arriving makes the
 * client's TCP stack receive a reset, and most clients (Java's HttpClient, a browser mid-upload)
 * then report the reset and never show the 413 with its limit; nginx's "lingering close" exists for
 * the same reason. A body declared larger than the bound is not read: the connection closes as
 * before, so nobody can make the service swallow an unbounded upload, and Jetty's idle timeout
 * still ends a sender that stalls.
 */
final class RefusedBodies {
    /** Three times the default attachment limit: room for a file a little too big, not for abuse. */
    static final long DRAIN_BYTES = 32L * 1024 * 1024;

    private RefusedBodies() {}

    static void drain(HttpServletRequest request) {
        if (request.getContentLengthLong() > DRAIN_BYTES) return;
        try {
            InputStream in = request.getInputStream();
            byte[] buffer = new byte[16 * 1024];
            long read = 0;
            for (int n; read <= DRAIN_BYTES && (n = in.read(buffer)) >= 0; ) read += n;
        } catch (IOException | RuntimeException e) {
            // the stream is already consumed or broken: the connection closes as it would have
        }
    }
}
