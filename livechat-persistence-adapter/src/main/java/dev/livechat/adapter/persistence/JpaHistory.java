package dev.livechat.adapter.persistence;

import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.history.HistoryEntry;
import dev.livechat.domain.port.out.ConversationHistoryPort;
import java.util.List;

/**
 * Conversations' histories. The lines of events are written by the conversation's save itself
 * ({@link EventLog#append}); {@link #record} adds the others, under a position of the event
 * sequence (which, on PostgreSQL, also tells the other instances that something changed).
 */
public final class JpaHistory implements ConversationHistoryPort {
    private final Database db;

    JpaHistory(Database db) {
        this.db = db;
    }

    @Override
    public List<HistoryEntry> historyOf(ConversationId conversation) {
        return db.transaction(s -> HistoryLog.of(s, conversation));
    }

    @Override
    public void record(ConversationId conversation, HistoryEntry entry) {
        db.transaction(s -> {
            HistoryLog.insert(s, db.unit().nextEventPositions(1).get(0), conversation, entry);
            return null;
        });
    }
}
