package dev.livechat.domain.event;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.Message;
import dev.livechat.domain.error.Require;
import dev.livechat.domain.operator.UserId;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An event as stored and streamed: its global position (the stream's resume point), routing facts,
 * and its data as plain values (strings, numbers, booleans, lists, maps), so that storage and HTTP
 * adapters can write it as JSON without knowing the event classes.
 */
public record EventRecord(
        long position,
        EventType type,
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
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
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

    public EventRecord at(long newPosition) {
        return new EventRecord(newPosition, type, conversationId, channel, seq, at, visibleToVisitor, data);
    }

    /**
     * The operator this event brings into the conversation: the one assigned or joining, or the
     * target of a transfer; empty for the other types. Who may follow a conversation is decided by it.
     */
    public Optional<UserId> operatorBroughtIn() {
        return EventData.operatorBroughtIn(type, data);
    }

    /**
     * The data without what a store keeps apart: the header's facts (conversation, channel, seq and
     * time, which are the record's own fields) and a posted message (a row of its own).
     * {@link #restoredData} puts them back.
     */
    public Map<String, Object> details() {
        return StoredData.details(data);
    }

    /** The sequence number of the message a {@code message.posted} event carries. */
    public OptionalLong postedMessageSeq() {
        return StoredData.messageSeq(data);
    }

    /**
     * The data of a record read back from a store that kept its {@link #details()} apart from the
     * header's facts and the posted message: the same values, in the same order, as when it was made.
     */
    public static Map<String, Object> restoredData(
            ConversationId conversation,
            ChannelId channel,
            long seq,
            Instant at,
            Map<String, Object> details,
            Optional<Message> posted) {
        return StoredData.restored(conversation, channel, seq, at, details, posted);
    }
}
