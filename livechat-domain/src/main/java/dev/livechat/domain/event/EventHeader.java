package dev.livechat.domain.event;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.error.Require;
import java.time.Instant;

/**
 * What every conversation event carries: the conversation and its channel, the per-conversation
 * sequence number (1, 2, 3 … so a client that missed events can resume), when, and who.
 */
public record EventHeader(ConversationId conversationId, ChannelId channel, long seq, Instant at, Actor actor) {
    public EventHeader {
        Require.present("conversationId", conversationId);
        Require.present("channel", channel);
        Require.that(seq >= 1, "seq", "starts at 1");
        Require.present("at", at);
        Require.present("actor", actor);
    }
}
