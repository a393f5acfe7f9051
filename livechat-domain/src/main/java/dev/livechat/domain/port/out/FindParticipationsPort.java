package dev.livechat.domain.port.out;

import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.operator.UserId;
import java.util.List;

/** Which open conversations a user takes part in now: one cheap query, for event streams that start. */
public interface FindParticipationsPort {
    /** When a store does not tell: nobody takes part in anything (streams learn from live events only). */
    FindParticipationsPort NONE = (user, limit) -> List.of();

    /** Open conversations in which the user is present, at most {@code limit}, in no particular order. */
    List<ConversationId> ongoingConversationsOf(UserId user, int limit);
}
