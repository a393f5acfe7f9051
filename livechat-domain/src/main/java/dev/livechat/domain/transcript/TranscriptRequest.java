package dev.livechat.domain.transcript;

import dev.livechat.domain.common.EmailAddress;
import dev.livechat.domain.conversation.Actor;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.error.Require;
import dev.livechat.domain.error.StateConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A request to send a conversation's transcript: recorded first (the outbox), then sent by a
 * worker, retried with backoff, sent at most once. A visitor's request to an address it has not
 * proven starts AWAITING_CONFIRMATION and becomes PENDING only by its confirmation link.
 * Immutable; the verbs return the next state.
 *
 * @param requesterKind whether a visitor or a user asked (visitors' requests are limited)
 * @param confirmation the link's hash and expiry, for a request that needed one
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
        Optional<Instant> sentAt,
        Actor.Kind requesterKind,
        Optional<Confirmation> confirmation) {

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
        Require.present("requesterKind", requesterKind);
        Require.present("confirmation", confirmation);
        if (state == TranscriptState.AWAITING_CONFIRMATION && confirmation.isEmpty())
            throw new IllegalArgumentException("a request awaiting confirmation needs its confirmation");
    }

    /** A user's request, due for sending at once. */
    public static TranscriptRequest pending(
            TranscriptRequestId id,
            ConversationId conversation,
            EmailAddress to,
            Optional<IdempotencyKey> key,
            String requestedBy,
            Instant at) {
        return initial(id, conversation, to, key, requestedBy, Actor.Kind.USER, at, Optional.empty());
    }

    /** Due for sending at once: a user's request, or a visitor's to an address already proven. */
    public static TranscriptRequest pending(
            TranscriptRequestId id,
            ConversationId conversation,
            EmailAddress to,
            Optional<IdempotencyKey> key,
            Actor by,
            Instant at) {
        return initial(id, conversation, to, key, by.name(), by.kind(), at, Optional.empty());
    }

    /** A visitor's request to an address not proven yet: nothing is sent until the link is followed. */
    public static TranscriptRequest awaitingConfirmation(
            TranscriptRequestId id,
            ConversationId conversation,
            EmailAddress to,
            Optional<IdempotencyKey> key,
            Actor by,
            Instant at,
            Confirmation confirmation) {
        return initial(id, conversation, to, key, by.name(), by.kind(), at, Optional.of(confirmation));
    }

    private static TranscriptRequest initial(
            TranscriptRequestId id,
            ConversationId conversation,
            EmailAddress to,
            Optional<IdempotencyKey> key,
            String requestedBy,
            Actor.Kind kind,
            Instant at,
            Optional<Confirmation> confirmation) {
        return new TranscriptRequest(
                id,
                conversation,
                to,
                key,
                requestedBy,
                at,
                confirmation.isPresent() ? TranscriptState.AWAITING_CONFIRMATION : TranscriptState.PENDING,
                0,
                at,
                Optional.empty(),
                Optional.empty(),
                kind,
                confirmation);
    }

    public boolean byVisitor() {
        return requesterKind == Actor.Kind.VISITOR;
    }

    /** The link was followed in time: due for sending now. */
    public TranscriptRequest confirmed(Instant at) {
        if (state != TranscriptState.AWAITING_CONFIRMATION)
            throw new StateConflictException(
                    "Transcript request " + id + " is not awaiting confirmation. Current state: " + state);
        confirmation.get().requireUnexpired(id, at);
        return new TranscriptRequest(
                id,
                conversation,
                to,
                idempotencyKey,
                requestedBy,
                requestedAt,
                TranscriptState.PENDING,
                attempts,
                at,
                lastError,
                sentAt,
                requesterKind,
                confirmation);
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
                Optional.of(at),
                requesterKind,
                confirmation);
    }

    /** A failed try: PENDING again after the schedule's delay, or FAILED when no try is left or the error is permanent. */
    public TranscriptRequest failed(String error, boolean permanent, RetrySchedule schedule, Instant at) {
        int tried = attempts + 1;
        var delay = permanent ? Optional.<Duration>empty() : schedule.delayAfter(tried);
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
                Optional.empty(),
                requesterKind,
                confirmation);
    }
}
