package dev.livechat.domain.event;

/** The operators' note changed. */
public record NoteEdited(EventHeader header, String note) implements ConversationEvent {
    @Override
    public String type() {
        return "note.edited";
    }

    @Override
    public boolean visibleToVisitor() {
        return false;
    }
}
