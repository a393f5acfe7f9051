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
 * @param asked what was asked, by whom and when: fixed once recorded
 * @param delivery how sending it goes: the state, the tries, the next one, the outcome
 * @param confirmation the link's hash and expiry, for a request that needed one
 */
public record TranscriptRequest(
        TranscriptRequestId id, Asked asked, Delivery delivery, Optional<Confirmation> confirmation) {

    public TranscriptRequest {
        Require.present("id", id);
        Require.present("asked", asked);
        Require.present("delivery", delivery);
        Require.present("confirmation", confirmation);
        if (delivery.state() == TranscriptState.AWAITING_CONFIRMATION && confirmation.isEmpty())
            throw new IllegalArgumentException("a request awaiting confirmation needs its confirmation");
    }

    /**
     * What was asked: which conversation to which address, under which idempotency key, by whom
     * (a name, and whether a visitor or a user: visitors' requests are limited), and when.
     */
    public record Asked(
            ConversationId conversation,
            EmailAddress to,
            Optional<IdempotencyKey> idempotencyKey,
            String requestedBy,
            Actor.Kind requesterKind,
            Instant requestedAt) {
        public Asked {
            Require.present("conversation", conversation);
            Require.present("email", to);
            Require.present("idempotencyKey", idempotencyKey);
            Require.present("requestedBy", requestedBy);
            Require.present("requesterKind", requesterKind);
            Require.present("requestedAt", requestedAt);
        }
    }

    /** How sending goes: the state, the tries made, when the next is due, the last error, when sent. */
    public record Delivery(
            TranscriptState state,
            int attempts,
            Instant nextAttemptAt,
            Optional<String> lastError,
            Optional<Instant> sentAt) {
        public Delivery {
            Require.present("state", state);
            Require.present("nextAttemptAt", nextAttemptAt);
            Require.present("lastError", lastError);
            Require.present("sentAt", sentAt);
        }

        static Delivery due(TranscriptState state, int attempts, Instant at) {
            return new Delivery(state, attempts, at, Optional.empty(), Optional.empty());
        }
    }

    /** A user's request, due for sending at once. */
    public static TranscriptRequest pending(
            TranscriptRequestId id,
            ConversationId conversation,
            EmailAddress to,
            Optional<IdempotencyKey> key,
            String requestedBy,
            Instant at) {
        return initial(id, new Asked(conversation, to, key, requestedBy, Actor.Kind.USER, at), Optional.empty());
    }

    /** Due for sending at once: a user's request, or a visitor's to an address already proven. */
    public static TranscriptRequest pending(
            TranscriptRequestId id,
            ConversationId conversation,
            EmailAddress to,
            Optional<IdempotencyKey> key,
            Actor by,
            Instant at) {
        return initial(id, new Asked(conversation, to, key, by.name(), by.kind(), at), Optional.empty());
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
        return initial(id, new Asked(conversation, to, key, by.name(), by.kind(), at), Optional.of(confirmation));
    }

    private static TranscriptRequest initial(TranscriptRequestId id, Asked asked, Optional<Confirmation> confirmation) {
        TranscriptState state =
                confirmation.isPresent() ? TranscriptState.AWAITING_CONFIRMATION : TranscriptState.PENDING;
        return new TranscriptRequest(id, asked, Delivery.due(state, 0, asked.requestedAt()), confirmation);
    }

    public ConversationId conversation() {
        return asked.conversation();
    }

    public EmailAddress to() {
        return asked.to();
    }

    public Optional<IdempotencyKey> idempotencyKey() {
        return asked.idempotencyKey();
    }

    public String requestedBy() {
        return asked.requestedBy();
    }

    public Actor.Kind requesterKind() {
        return asked.requesterKind();
    }

    public Instant requestedAt() {
        return asked.requestedAt();
    }

    public TranscriptState state() {
        return delivery.state();
    }

    public int attempts() {
        return delivery.attempts();
    }

    public Instant nextAttemptAt() {
        return delivery.nextAttemptAt();
    }

    public Optional<String> lastError() {
        return delivery.lastError();
    }

    public Optional<Instant> sentAt() {
        return delivery.sentAt();
    }

    public boolean byVisitor() {
        return requesterKind() == Actor.Kind.VISITOR;
    }

    /** The link was followed in time: due for sending now. */
    public TranscriptRequest confirmed(Instant at) {
        if (state() != TranscriptState.AWAITING_CONFIRMATION)
            throw new StateConflictException(
                    "Transcript request " + id + " is not awaiting confirmation. Current state: " + state());
        confirmation.get().requireUnexpired(id, at);
        Delivery due = new Delivery(TranscriptState.PENDING, attempts(), at, lastError(), sentAt());
        return new TranscriptRequest(id, asked, due, confirmation);
    }

    /** Sent: the error of an earlier failed try goes (the attempts count keeps the history). */
    public TranscriptRequest sent(Instant at) {
        Delivery sent = new Delivery(
                TranscriptState.SENT,
                attempts() + 1,
                nextAttemptAt(),
                Optional.empty(), // an earlier failed try is no error of a sent transcript
                Optional.of(at));
        return new TranscriptRequest(id, asked, sent, confirmation);
    }

    /** A failed try: PENDING again after the schedule's delay, or FAILED when no try is left or the error is permanent. */
    public TranscriptRequest failed(String error, boolean permanent, RetrySchedule schedule, Instant at) {
        int tried = attempts() + 1;
        var delay = permanent ? Optional.<Duration>empty() : schedule.delayAfter(tried);
        Delivery next = new Delivery(
                delay.isPresent() ? TranscriptState.PENDING : TranscriptState.FAILED,
                tried,
                delay.map(at::plus).orElse(nextAttemptAt()),
                Optional.of(error),
                Optional.empty());
        return new TranscriptRequest(id, asked, next, confirmation);
    }
}
