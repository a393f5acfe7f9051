package dev.livechat.domain.offline;

import dev.livechat.domain.error.Require;
import java.util.UUID;

/** Identifies a message a visitor left while a channel was closed. */
public record OfflineMessageId(String value) {
    public OfflineMessageId {
        value = Require.id("id", value);
    }

    public static OfflineMessageId of(String value) {
        return new OfflineMessageId(value);
    }

    public static OfflineMessageId random() {
        return new OfflineMessageId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
