package dev.livechat.domain.port.out;

import dev.livechat.domain.conversation.Conversation;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.error.NotFoundException;
import java.util.Optional;

/** Loads a conversation aggregate (its state, never its messages). */
public interface LoadConversationPort {
    Optional<Conversation> load(ConversationId id);

    default Conversation require(ConversationId id) {
        return load(id).orElseThrow(() -> new NotFoundException("conversation", id));
    }
}
