package dev.livechat.domain.event;

import dev.livechat.domain.conversation.CloseCause;
import dev.livechat.domain.conversation.Outcome;

/** The conversation closed, with its outcome. */
public record ConversationClosed(EventHeader header, CloseCause cause, Outcome outcome) implements ConversationEvent {
    @Override
    public String type() {
        return "conversation.closed";
    }

    @Override
    public boolean visibleToVisitor() {
        return true;
    }
}
