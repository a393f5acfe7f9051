package dev.livechat.domain.error;

/** The current state forbids the action: a message to a closed conversation, a transcript of an open one. */
public class StateConflictException extends LiveChatException {
    public StateConflictException(String message) {
        super(message);
    }
}
