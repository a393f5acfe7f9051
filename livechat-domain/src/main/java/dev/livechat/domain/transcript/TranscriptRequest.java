package dev.livechat.domain.transcript;

import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.error.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * A request to send a conversation's transcript: recorded first (the outbox), then sent by a
 * worker, retried with backoff, sent at most once. Immutable; the verbs return the next state.
 */
public record TranscriptRequest(
        TranscriptRequestId id,
        ConversationId conversation,
        EmailAddress to,
        Optional<IdempotencyKey> idempotencyKey,
        String requestedBy,
        Instant requestedAt,
        TranscriptState state,
        int attempts,
        Instant nextAttemptAt,
        Optional<String> lastError,
        Optional<Instant> sentAt) {

    public TranscriptRequest {
        Require.present("id", id);
        Require.present("conversation", conversation);
        Require.present("email", to);
        Require.present("idempotencyKey", idempotencyKey);
        Require.present("requestedBy", requestedBy);
        Require.present("requestedAt", requestedAt);
        Require.present("state", state);
        Require.present("nextAttemptAt", nextAttemptAt);
        Require.present("lastError", lastError);
        Require.present("sentAt", sentAt);
    }

    public static TranscriptRequest pending(
            TranscriptRequestId id,
            ConversationId conversation,
            EmailAddress to,
            Optional<IdempotencyKey> key,
            String requestedBy,
            Instant at) {
        return new TranscriptRequest(
                id,
                conversation,
                to,
                key,
                requestedBy,
                at,
                TranscriptState.PENDING,
                0,
                at,
                Optional.empty(),
                Optional.empty());
    }

    /** Sent: the error of an earlier failed try goes (the attempts count keeps the history). */
    public TranscriptRequest sent(Instant at) {
        return new TranscriptRequest(
                id,
                conversation,
                to,
                idempotencyKey,
                requestedBy,
                requestedAt,
                TranscriptState.SENT,
                attempts + 1,
                nextAttemptAt,
                Optional.empty(), // an earlier failed try is no error of a sent transcript
                Optional.of(at));
    }

    /** A failed try: PENDING again after the schedule's delay, or FAILED when no try is left or the error is permanent. */
    public TranscriptRequest failed(String error, boolean permanent, RetrySchedule schedule, Instant at) {
        int tried = attempts + 1;
        var delay = permanent ? Optional.<java.time.Duration>empty() : schedule.delayAfter(tried);
        return new TranscriptRequest(
                id,
                conversation,
                to,
                idempotencyKey,
                requestedBy,
                requestedAt,
                delay.isPresent() ? TranscriptState.PENDING : TranscriptState.FAILED,
                tried,
                delay.map(at::plus).orElse(nextAttemptAt),
                Optional.of(error),
                Optional.empty());
    }
}
