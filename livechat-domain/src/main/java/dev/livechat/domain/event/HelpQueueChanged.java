package dev.livechat.domain.event;

/** The conversation entered (inQueue) or left the Looking for help queue. */
public record HelpQueueChanged(EventHeader header, boolean inQueue) implements ConversationEvent {
    @Override
    public EventType type() {
        return EventType.HELP_QUEUE_CHANGED;
    }
}
