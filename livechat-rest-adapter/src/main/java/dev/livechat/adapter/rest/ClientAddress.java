package dev.livechat.adapter.rest;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * Who the client is, for the rate limits: the socket's remote address, or behind a proxy the
 * trusted header that proxy sets. Of a list ({@code X-Forwarded-For: client, proxy1}) the
 * right-most entry counts: the one our own proxy appended, which a client cannot forge.
 */
final class ClientAddress {
    /** A key longer than any address is cut: a header cannot make the bucket table grow large. */
    static final int MAX_LENGTH = 64;

    private final Optional<String> header;

    ClientAddress(Optional<String> header) {
        this.header = header;
    }

    String of(Context ctx) {
        return header.map(ctx::header)
                .map(ClientAddress::rightMost)
                .filter(a -> !a.isEmpty())
                .orElseGet(ctx::ip);
    }

    static String rightMost(String value) {
        String last = value.substring(value.lastIndexOf(',') + 1).strip();
        return last.length() > MAX_LENGTH ? last.substring(0, MAX_LENGTH) : last;
    }
}
