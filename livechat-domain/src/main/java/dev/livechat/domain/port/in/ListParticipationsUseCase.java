package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.conversation.ConversationId;
import java.util.Set;

/**
 * The open conversations the calling live chat user takes part in, wherever their channel: what an
 * operator's event stream must follow from its first event, and what its console lists as "mine".
 */
public interface ListParticipationsUseCase {
    /** More than any operator holds at once; a stream past it learns the rest from live events. */
    int MAX = 500;

    Set<ConversationId> takingPart(Caller caller);
}
