package dev.livechat.domain.port.in;

import dev.livechat.domain.history.HistoryEntry;
import java.util.List;

/** A conversation's history for a live chat user: every status change, assignment, join, transfer, … */
public interface ReadHistoryUseCase {
    /** The lines, oldest first; a conversation that does not exist is a NotFoundException. */
    List<HistoryEntry> history(ConversationCommand command);
}
