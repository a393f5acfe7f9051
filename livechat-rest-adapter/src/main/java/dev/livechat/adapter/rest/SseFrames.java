package dev.livechat.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.typing.TypingNotice;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

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

    /** No {@code id}: the browser keeps its Last-Event-ID, and a resume never asks for a typing notice. */
    byte[] typing(TypingNotice notice) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("conversationId", notice.conversation().value());
        data.put("channelId", notice.channel().value());
        data.put("side", notice.side().name());
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("kind", notice.author().kind().name());
        notice.author().user().ifPresent(id -> author.put("id", id.value()));
        author.put("name", notice.author().name());
        data.put("author", author);
        data.put("typing", notice.typing());
        data.put("at", notice.at().toString());
        data.put("expiresAt", notice.typing() ? notice.expiresAt().toString() : null);
        try {
            return bytes("event: " + TypingNotice.EVENT + "\ndata: " + mapper.writeValueAsString(data) + "\n\n");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
