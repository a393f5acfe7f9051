package dev.livechat.adapter.persistence;

import dev.livechat.domain.conversation.Conversation;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.Message;
import dev.livechat.domain.event.ConversationEvent;
import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.port.out.*;
import java.util.List;
import java.util.Optional;

/**
 * The conversation store: each conversation's state with its participants, tags and expertise,
 * the message log. A save stores the state, its new messages and its events together or not at
 * all; a stale save is a {@link dev.livechat.domain.error.ConcurrentUpdateException}.
 */
public final class JpaConversations implements LoadConversationPort, SaveConversationPort, ReadMessagesPort {
    private final Database db;

    JpaConversations(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Conversation> load(ConversationId id) {
        return db.transaction(s -> ConversationRepository.load(db.unit(), id));
    }

    /** Locks the row until the transaction ends: writers of one conversation queue, none fails. */
    @Override
    public Optional<Conversation> loadForUpdate(ConversationId id) {
        return db.transaction(s -> ConversationRepository.loadForUpdate(db.unit(), id));
    }

    @Override
    public List<EventRecord> save(Conversation conversation, List<ConversationEvent> events) {
        long version = conversation.state().version();
        List<EventRecord> records = db.transaction(
                s -> ConversationRepository.save(db.unit(), conversation, events),
                () -> ConversationRepository.conflict(conversation.state()));
        conversation.savedAtVersion(version + 1);
        return records;
    }

    @Override
    public List<Message> messagesAfter(ConversationId conversation, long afterSeq, int limit) {
        return db.transaction(s -> EventLog.messagesAfter(s, conversation, afterSeq, limit));
    }
}
