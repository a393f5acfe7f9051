package dev.livechat.domain.port.out;

import dev.livechat.domain.access.TokenHash;
import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.conversation.Conversation;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.event.ConversationEvent;
import dev.livechat.domain.event.EventRecord;
import dev.livechat.domain.transcript.IdempotencyKey;
import dev.livechat.domain.transcript.TranscriptRequest;
import dev.livechat.domain.transcript.TranscriptRequestId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The transcript outbox: requests are recorded before anything is sent, and claimed before sending. */
public interface TranscriptRequestsPort {
    /**
     * Stores a new request together with the conversation's new events, atomically (as
     * {@link SaveConversationPort#save} does), so a request is never stored without its history
     * line, nor the reverse.
     *
     * @return the events as stored, with their positions, as {@link SaveConversationPort#save} does
     */
    List<EventRecord> record(TranscriptRequest request, Conversation conversation, List<ConversationEvent> events);

    Optional<TranscriptRequest> find(TranscriptRequestId id);

    Optional<TranscriptRequest> findByKey(ConversationId conversation, IdempotencyKey key);

    List<TranscriptRequest> of(ConversationId conversation);

    /**
     * Claims the oldest PENDING request due at {@code now} that no live claim holds, for
     * {@code lease}: no other worker, in this process or another, gets it until the lease ends or
     * {@link #update} stores its outcome.
     */
    Optional<TranscriptRequest> claimDue(Instant now, Duration lease);

    /** Stores a claimed request's outcome (SENT, PENDING again with its next try, or FAILED) and ends the claim. */
    void update(TranscriptRequest request);

    /** The request whose confirmation token has this hash, in any state. */
    Optional<TranscriptRequest> findByConfirmation(TokenHash tokenHash);

    /**
     * Moves the request from AWAITING_CONFIRMATION to PENDING, due at {@code at}, if it is still
     * awaiting (a conditional update): false when another click or instance did it first, so a
     * request the worker sent meanwhile never becomes PENDING again.
     */
    boolean markConfirmed(TranscriptRequestId id, Instant at);

    /** How many requests that needed a confirmation mail went to this address (case-insensitive) since then. */
    int confirmationsTo(EmailAddress to, Instant since);
}
