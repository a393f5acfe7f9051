package dev.livechat.domain.port.in;

import dev.livechat.domain.conversation.ConversationState;

/**
 * A live chat user joins a conversation that is looking for help. Of many concurrent joiners
 * exactly one wins; the others get {@code JoinRefusedException} naming the winner.
 */
public interface JoinConversationUseCase {
    ConversationState join(ConversationCommand command);
}
