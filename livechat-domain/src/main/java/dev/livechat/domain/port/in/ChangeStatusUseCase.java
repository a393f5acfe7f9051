package dev.livechat.domain.port.in;

import dev.livechat.domain.conversation.ConversationState;

/** An operator taking part (or a manager) sets the status by hand. */
public interface ChangeStatusUseCase {
    ConversationState changeStatus(ChangeStatusCommand command);
}
