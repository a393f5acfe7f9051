package dev.livechat.domain.port.in;

/**
 * Gives waiting conversations (no operator) an operator, oldest first, as soon as one is free.
 * Called after a presence change or a closed session, and periodically. Returns how many it assigned.
 */
public interface AssignWaitingConversationsUseCase {
    int assignWaiting();
}
