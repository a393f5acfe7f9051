package dev.livechat.domain.panel;

import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.Outcome;
import java.time.Instant;
import java.util.Optional;

/** A conversation of the same visitor or contact; no outcome means it is ongoing. */
public record RecentConversation(
        ConversationId id, Instant startedAt, Optional<Instant> closedAt, Optional<Outcome> outcome) {
    public boolean ongoing() {
        return closedAt.isEmpty();
    }
}
