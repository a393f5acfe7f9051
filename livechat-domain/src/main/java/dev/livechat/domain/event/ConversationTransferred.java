package dev.livechat.domain.event;

import dev.livechat.domain.operator.UserId;

/** An operator forwarded the conversation to another. */
public record ConversationTransferred(EventHeader header, UserId from, UserId to, String toName, boolean fromLeft)
        implements ConversationEvent {
    @Override
    public EventType type() {
        return EventType.CONVERSATION_TRANSFERRED;
    }
}
