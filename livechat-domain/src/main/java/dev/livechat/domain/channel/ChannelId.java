package dev.livechat.domain.channel;

import dev.livechat.domain.error.Require;
import java.util.UUID;

/** Identifies a live chat channel. */
public record ChannelId(String value) {
    public ChannelId {
        value = Require.id("channelId", value);
    }

    public static ChannelId of(String value) {
        return new ChannelId(value);
    }

    public static ChannelId random() {
        return new ChannelId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
