package dev.livechat.domain.port.out;

import dev.livechat.domain.conversation.Conversation;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.error.NotFoundException;
import java.util.Optional;

/** Loads a conversation aggregate (its state, never its messages). */
public interface LoadConversationPort {
    Optional<Conversation> load(ConversationId id);

    /**
     * Loads a conversation that the current unit of work is about to change, locking it against
     * other writers until the unit ends ({@link TransactionPort}), so that writes to one
     * conversation queue up instead of failing on each other. Without transactions it is a plain
     * load, and the version check of {@link SaveConversationPort} catches a lost race.
     */
    default Optional<Conversation> loadForUpdate(ConversationId id) {
        return load(id);
    }

    default Conversation require(ConversationId id) {
        return load(id).orElseThrow(() -> new NotFoundException("conversation", id));
    }

    default Conversation requireForUpdate(ConversationId id) {
        return loadForUpdate(id).orElseThrow(() -> new NotFoundException("conversation", id));
    }
}
