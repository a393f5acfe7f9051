package dev.livechat.domain.event;

import static dev.livechat.domain.event.EventKeys.AT;
import static dev.livechat.domain.event.EventKeys.CHANNEL_ID;
import static dev.livechat.domain.event.EventKeys.CONVERSATION_ID;
import static dev.livechat.domain.event.EventKeys.MESSAGE;
import static dev.livechat.domain.event.EventKeys.SEQ;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.Message;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An event's data split for a store that keeps the header's facts as columns and a posted message
 * as a row of its own, and joined again on the way back, in {@link EventData}'s order.
 */
final class StoredData {
    private static final List<String> HEADER = List.of(CONVERSATION_ID, CHANNEL_ID, SEQ, AT);

    private StoredData() {}

    static Map<String, Object> details(Map<String, Object> data) {
        Map<String, Object> rest = new LinkedHashMap<>(data);
        HEADER.forEach(rest::remove);
        rest.remove(MESSAGE);
        return rest;
    }

    static OptionalLong messageSeq(Map<String, Object> data) {
        if (data.get(MESSAGE) instanceof Map<?, ?> message && message.get(SEQ) instanceof Number seq)
            return OptionalLong.of(seq.longValue());
        return OptionalLong.empty();
    }

    static Map<String, Object> restored(
            ConversationId conversation,
            ChannelId channel,
            long seq,
            Instant at,
            Map<String, Object> details,
            Optional<Message> posted) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (!details.containsKey(CONVERSATION_ID)) { // a store may have kept the whole data (before V4)
            data.put(CONVERSATION_ID, conversation.value());
            data.put(CHANNEL_ID, channel.value());
            data.put(SEQ, seq);
            data.put(AT, at.toString());
        }
        data.putAll(details);
        posted.ifPresent(message -> data.put(MESSAGE, EventData.message(message)));
        return data;
    }
}
