package dev.livechat.domain.port.in;

import dev.livechat.domain.conversation.ConversationState;

/** An operator taking part closes, or the visitor leaves; the outcome is computed. */
public interface CloseConversationUseCase {
    ConversationState close(ConversationCommand command);
}
