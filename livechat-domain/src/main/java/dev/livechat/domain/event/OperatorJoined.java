package dev.livechat.domain.event;

import dev.livechat.domain.operator.UserId;

/** A live chat user joined a conversation that was looking for help. */
public record OperatorJoined(EventHeader header, UserId operator, String operatorName) implements ConversationEvent {
    @Override
    public String type() {
        return "conversation.joined";
    }

    @Override
    public boolean visibleToVisitor() {
        return true;
    }
}
