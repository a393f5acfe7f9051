package dev.livechat.domain.channel;

import dev.livechat.domain.error.Require;

/** A live chat channel ("Website support") and its cap on ongoing sessions per operator. */
public record Channel(ChannelId id, String name, SessionCap cap) {
    public Channel {
        Require.present("id", id);
        name = Require.text("name", name, 100);
        Require.present("maxSessionsPerOperator", cap);
    }
}
