package dev.livechat.domain.port.in;

import dev.livechat.domain.conversation.ConversationState;

/** Sets a conversation's expertise; unknown names are added to the catalogue. */
public interface SetExpertiseUseCase {
    ConversationState setExpertise(SetExpertiseCommand command);
}
