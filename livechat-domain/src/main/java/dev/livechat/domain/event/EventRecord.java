package dev.livechat.domain.event;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.error.Require;
import java.time.Instant;
import java.util.Map;

/**
 * An event as stored and streamed: its global position (the stream's resume point), routing facts,
 * and its data as plain values (strings, numbers, booleans, lists, maps), so that storage and HTTP
 * adapters can write it as JSON without knowing the event classes.
 */
public record EventRecord(
        long position,
        String type,
        ConversationId conversationId,
        ChannelId channel,
        long seq,
        Instant at,
        boolean visibleToVisitor,
        Map<String, Object> data) {
    public EventRecord {
        Require.present("type", type);
        Require.present("conversationId", conversationId);
        Require.present("channel", channel);
        Require.present("at", at);
        data = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(data));
    }

    /** The record of an event not yet given a position (0) by storage. */
    public static EventRecord of(ConversationEvent event) {
        EventHeader h = event.header();
        return new EventRecord(
                0,
                event.type(),
                h.conversationId(),
                h.channel(),
                h.seq(),
                h.at(),
                event.visibleToVisitor(),
                EventData.of(event));
    }

    /**
     * A message as the data of a {@code message.posted} event carries it: for storage that keeps
     * messages once and gives them back to the events that announced them.
     */
    public static Map<String, Object> messageData(dev.livechat.domain.conversation.Message message) {
        return EventData.message(message);
    }

    public EventRecord at(long newPosition) {
        return new EventRecord(newPosition, type, conversationId, channel, seq, at, visibleToVisitor, data);
    }
}
