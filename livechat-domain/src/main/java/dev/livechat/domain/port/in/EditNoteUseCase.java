package dev.livechat.domain.port.in;

import dev.livechat.domain.conversation.ConversationState;

public interface EditNoteUseCase {
    ConversationState editNote(EditNoteCommand command);
}
