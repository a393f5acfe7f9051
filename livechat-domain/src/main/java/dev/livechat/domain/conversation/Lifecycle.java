package dev.livechat.domain.conversation;

import dev.livechat.domain.error.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * Open with a status, or closed with an outcome, and never both: only a {@link Closed} conversation
 * has an outcome and a close cause, only an {@link Open} one a status. The readers below give the
 * same facts as optionals, for read models and storage.
 */
public sealed interface Lifecycle permits Lifecycle.Open, Lifecycle.Closed {

    /** Since when the status holds, or, once closed, the close time. */
    Instant since();

    /** When the conversation last asked for help; kept after it leaves the queue (who won a join). */
    Optional<Instant> helpRequestedAt();

    /** The status of an open conversation; a closed one has none. */
    default Optional<ConversationStatus> status() {
        return this instanceof Open open ? Optional.of(open.current()) : Optional.empty();
    }

    default boolean closed() {
        return this instanceof Closed;
    }

    default Optional<Instant> closedAt() {
        return this instanceof Closed closed ? Optional.of(closed.at()) : Optional.empty();
    }

    default Optional<Outcome> outcome() {
        return this instanceof Closed closed ? Optional.of(closed.result()) : Optional.empty();
    }

    default Optional<CloseCause> closeCause() {
        return this instanceof Closed closed ? Optional.of(closed.cause()) : Optional.empty();
    }

    /** @param current the status, since {@code since} */
    record Open(ConversationStatus current, Instant since, Optional<Instant> helpRequestedAt) implements Lifecycle {
        public Open {
            Require.present("status", current);
            Require.present("statusSince", since);
            Require.present("helpRequestedAt", helpRequestedAt);
        }

        static Open startedAt(Instant at) {
            return new Open(ConversationStatus.IN_PROGRESS, at, Optional.empty());
        }

        /** A new status from {@code at}; entering LOOKING_FOR_HELP records since when (a join race is judged against it). */
        Open moveTo(ConversationStatus next, Instant at) {
            return new Open(next, at, next == ConversationStatus.LOOKING_FOR_HELP ? Optional.of(at) : helpRequestedAt);
        }

        Closed close(Instant at, CloseCause cause, Outcome outcome) {
            return new Closed(at, cause, outcome, helpRequestedAt);
        }
    }

    /** @param result the outcome, computed once at the close */
    record Closed(Instant at, CloseCause cause, Outcome result, Optional<Instant> helpRequestedAt)
            implements Lifecycle {
        public Closed {
            Require.present("closedAt", at);
            Require.present("closeCause", cause);
            Require.present("outcome", result);
            Require.present("helpRequestedAt", helpRequestedAt);
        }

        @Override
        public Instant since() {
            return at;
        }
    }
}
