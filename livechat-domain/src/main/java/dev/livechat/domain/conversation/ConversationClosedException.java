package dev.livechat.domain.conversation;

import dev.livechat.domain.error.StateConflictException;

/** A closed conversation takes no more messages and no status change. */
public final class ConversationClosedException extends StateConflictException {
    private final ConversationId conversation;

    public ConversationClosedException(ConversationId conversation, ConversationAction action) {
        super("Conversation " + conversation + " is closed: " + action + " is refused. Current status: CLOSED");
        this.conversation = conversation;
    }

    public ConversationId conversation() {
        return conversation;
    }
}
