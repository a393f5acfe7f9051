package dev.livechat.domain.port.in;

import dev.livechat.domain.conversation.ConversationState;

/** An operator taking part forwards the conversation to another operator. */
public interface TransferConversationUseCase {
    ConversationState transfer(TransferConversationCommand command);
}
