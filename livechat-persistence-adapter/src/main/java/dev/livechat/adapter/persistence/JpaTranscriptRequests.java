package dev.livechat.adapter.persistence;

import dev.livechat.domain.access.TokenHash;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.conversation.Conversation;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.event.ConversationEvent;
import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.port.out.*;
import dev.livechat.domain.transcript.IdempotencyKey;
import dev.livechat.domain.transcript.TranscriptRequest;
import dev.livechat.domain.transcript.TranscriptRequestId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Transcript requests: the outbox of transcript mails, claimed one request at a time. */
public final class JpaTranscriptRequests implements TranscriptRequestsPort {
    private final Database db;

    JpaTranscriptRequests(Database db) {
        this.db = db;
    }

    /**
     * Saves the conversation with its events and inserts the request, in one transaction. A request
     * whose id or (conversation, idempotency key) is already stored fails on the key: nothing is
     * stored and the caller gets a {@link dev.livechat.domain.error.ConcurrentUpdateException}.
     */
    @Override
    public List<EventRecord> record(
            TranscriptRequest request, Conversation conversation, List<ConversationEvent> events) {
        if (!request.conversation().equals(conversation.id()))
            throw new IllegalArgumentException("transcript request " + request.id() + " is for conversation "
                    + request.conversation() + ", not " + conversation.id());
        long version = conversation.state().version();
        List<EventRecord> stored = db.transaction(
                s -> {
                    List<EventRecord> records = ConversationRepository.save(db.unit(), conversation, events);
                    TranscriptRepository.insert(s, request);
                    return records;
                },
                () -> ConversationRepository.conflict(conversation.state()));
        conversation.savedAtVersion(version + 1);
        return stored;
    }

    @Override
    public Optional<TranscriptRequest> find(TranscriptRequestId id) {
        return db.transaction(s -> TranscriptRepository.find(s, id));
    }

    @Override
    public Optional<TranscriptRequest> findByKey(ConversationId conversation, IdempotencyKey key) {
        return db.transaction(s -> TranscriptRepository.findByKey(s, conversation, key));
    }

    @Override
    public List<TranscriptRequest> of(ConversationId conversation) {
        return db.transaction(s -> TranscriptRepository.of(s, conversation));
    }

    @Override
    public Optional<TranscriptRequest> claimDue(Instant now, Duration lease) {
        return db.transaction(s -> TranscriptRepository.claimDue(s, now, lease));
    }

    @Override
    public void update(TranscriptRequest request) {
        db.transaction(s -> {
            TranscriptRepository.update(s, request);
            return null;
        });
    }

    @Override
    public Optional<TranscriptRequest> findByConfirmation(TokenHash tokenHash) {
        return db.transaction(s -> TranscriptRepository.findByConfirmation(s, tokenHash));
    }

    @Override
    public boolean markConfirmed(TranscriptRequestId id, Instant at) {
        return db.transaction(s -> TranscriptRepository.markConfirmed(s, id, at));
    }

    @Override
    public int confirmationsTo(EmailAddress to, Instant since) {
        return db.transaction(s -> TranscriptRepository.confirmationsTo(s, to, since));
    }
}
