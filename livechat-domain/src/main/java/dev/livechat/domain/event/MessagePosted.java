package dev.livechat.domain.event;

import dev.livechat.domain.conversation.Message;

/** A message was appended to the log. */
public record MessagePosted(EventHeader header, Message message) implements ConversationEvent {
    @Override
    public EventType type() {
        return EventType.MESSAGE_POSTED;
    }
}
