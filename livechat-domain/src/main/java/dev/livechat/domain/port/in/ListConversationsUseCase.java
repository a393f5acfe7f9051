package dev.livechat.domain.port.in;

import dev.livechat.domain.panel.ConversationSummary;
import java.util.List;

/**
 * Conversation lists. {@code status=LOOKING_FOR_HELP} is the help queue across all channels,
 * oldest request first, every line with the star; other lists show the caller's channels (all
 * channels for a manager).
 */
public interface ListConversationsUseCase {
    List<ConversationSummary> list(ListConversationsCommand command);
}
