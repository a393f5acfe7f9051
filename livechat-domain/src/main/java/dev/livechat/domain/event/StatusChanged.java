package dev.livechat.domain.event;

import dev.livechat.domain.conversation.ConversationStatus;
import java.util.Optional;

/** The status of an open conversation changed (by hand, by a visitor reply, by a join or a transfer). */
public record StatusChanged(
        EventHeader header, Optional<ConversationStatus> from, Optional<ConversationStatus> to, String cause)
        implements ConversationEvent {
    @Override
    public EventType type() {
        return EventType.STATUS_CHANGED;
    }
}
