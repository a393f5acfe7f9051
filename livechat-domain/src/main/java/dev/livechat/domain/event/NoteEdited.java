package dev.livechat.domain.event;

/** The operators' note changed. */
public record NoteEdited(EventHeader header, String note) implements ConversationEvent {
    @Override
    public EventType type() {
        return EventType.NOTE_EDITED;
    }
}
