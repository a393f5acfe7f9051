package dev.livechat.domain.event;

import java.util.Optional;

/** The visitor rated the conversation (1 to 5, with an optional comment). */
public record RatingCreated(EventHeader header, int score, Optional<String> comment) implements ConversationEvent {
    @Override
    public EventType type() {
        return EventType.RATING_CREATED;
    }
}
