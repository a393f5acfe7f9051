package dev.livechat.domain.event;

import dev.livechat.domain.operator.UserId;

/** A live chat user joined a conversation that was looking for help. */
public record OperatorJoined(EventHeader header, UserId operator, String operatorName) implements ConversationEvent {
    @Override
    public EventType type() {
        return EventType.OPERATOR_JOINED;
    }
}
