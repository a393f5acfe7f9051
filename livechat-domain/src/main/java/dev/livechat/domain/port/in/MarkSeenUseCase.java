package dev.livechat.domain.port.in;

import dev.livechat.domain.conversation.SeenMarks;

/**
 * Read receipts: the visitor, or an operator taking part, says how far it has read. Answers the
 * marks of both sides after it (unchanged when the mark would have gone back).
 */
public interface MarkSeenUseCase {
    SeenMarks markSeen(MarkSeenCommand command);

    /** How far each side has read: for the conversation's visitor and any live chat user. */
    SeenMarks seen(ConversationCommand command);
}
