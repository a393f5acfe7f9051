package dev.livechat.domain.transcript;

import dev.livechat.domain.error.Require;
import java.util.UUID;

/** Identifies a request to send a transcript. */
public record TranscriptRequestId(String value) {
    public TranscriptRequestId {
        value = Require.id("requestId", value);
    }

    public static TranscriptRequestId of(String value) {
        return new TranscriptRequestId(value);
    }

    public static TranscriptRequestId random() {
        return new TranscriptRequestId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
