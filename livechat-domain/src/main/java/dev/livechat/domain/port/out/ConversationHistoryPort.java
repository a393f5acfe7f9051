package dev.livechat.domain.port.out;

import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.history.HistoryEntry;
import java.util.List;

/**
 * A conversation's history, kept for as long as the conversation: the lines of its events, which
 * the store writes with the events themselves ({@link dev.livechat.domain.history.HistoryLines}),
 * and the lines use cases add that are no conversation event (an erasure of the visitor's data).
 */
public interface ConversationHistoryPort {
    /** Keeps nothing and answers nothing: for stores without a history. */
    ConversationHistoryPort NONE = new ConversationHistoryPort() {
        @Override
        public List<HistoryEntry> historyOf(ConversationId conversation) {
            return List.of();
        }

        @Override
        public void record(ConversationId conversation, HistoryEntry entry) {}
    };

    /** The lines, oldest first. */
    List<HistoryEntry> historyOf(ConversationId conversation);

    /** Adds a line; joins the use case's unit of work. */
    void record(ConversationId conversation, HistoryEntry entry);
}
