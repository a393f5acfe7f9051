package dev.livechat.domain.event;

import dev.livechat.domain.assignment.AssignmentRule;
import dev.livechat.domain.operator.UserId;

/** The assignment policy gave the conversation an operator. */
public record OperatorAssigned(EventHeader header, UserId operator, String operatorName, AssignmentRule rule)
        implements ConversationEvent {
    @Override
    public EventType type() {
        return EventType.OPERATOR_ASSIGNED;
    }
}
