package dev.livechat.domain.event;

import dev.livechat.domain.conversation.SeenMarks;

/** One side has read the log up to {@code seenSeq} (a message's sequence number, not the event's). */
public record MessagesSeen(EventHeader header, SeenMarks.Side side, long seenSeq) implements ConversationEvent {
    @Override
    public EventType type() {
        return EventType.MESSAGES_SEEN;
    }
}
