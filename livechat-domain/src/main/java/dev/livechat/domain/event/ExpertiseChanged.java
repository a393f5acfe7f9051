package dev.livechat.domain.event;

import dev.livechat.domain.expertise.ExpertiseName;
import java.util.Set;

/** The conversation's expertise changed. */
public record ExpertiseChanged(EventHeader header, Set<ExpertiseName> expertise) implements ConversationEvent {
    @Override
    public EventType type() {
        return EventType.EXPERTISE_CHANGED;
    }
}
