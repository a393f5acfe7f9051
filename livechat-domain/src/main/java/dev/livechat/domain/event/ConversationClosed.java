package dev.livechat.domain.event;

import dev.livechat.domain.conversation.CloseCause;
import dev.livechat.domain.conversation.ConversationStatus;
import dev.livechat.domain.conversation.Outcome;
import java.util.Optional;

/** The conversation closed: from which status, why, and its outcome (it has no status any more). */
public record ConversationClosed(
        EventHeader header, Optional<ConversationStatus> from, CloseCause cause, Outcome outcome)
        implements ConversationEvent {
    @Override
    public EventType type() {
        return EventType.CONVERSATION_CLOSED;
    }
}
