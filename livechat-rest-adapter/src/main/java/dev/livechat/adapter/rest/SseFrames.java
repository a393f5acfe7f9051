package dev.livechat.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livechat.domain.event.EventRecord;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The text/event-stream format: {@code id} (the stored position), {@code event} (the type), one
 * {@code data} line of JSON (Jackson escapes line breaks), and comment lines as heartbeats.
 */
final class SseFrames {
    static final String CONTENT_TYPE = "text/event-stream";
    static final long RETRY_MILLIS = 3_000;
    static final byte[] PREAMBLE = bytes("retry: " + RETRY_MILLIS + "\n: connected\n\n");
    static final byte[] HEARTBEAT = bytes(": heartbeat\n\n");

    private final ObjectMapper mapper;

    SseFrames(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    byte[] event(EventRecord event) {
        try {
            String data = mapper.writeValueAsString(event.data());
            return bytes(
                    "id: " + event.position() + "\nevent: " + event.type().wireName() + "\ndata: " + data + "\n\n");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
