package dev.livechat.domain.conversation;

import dev.livechat.domain.error.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether the operator last handed the conversation still owes the visitor a first reply, and since
 * when: what the hand-on of unanswered conversations watches (docs/product-rules.md, "Unanswered
 * conversations handed on"). Only the first reply after a hand-over counts; a slow later answer
 * is the operator's business, not a reason to take the visitor away.
 *
 * @param since since when the visitor waits: their first message after the hand-over, or the
 *     hand-over itself when they were already waiting
 * @param answered an operator has written since the hand-over
 */
public record ReplyWait(Optional<Instant> since, boolean answered) {
    public static final ReplyWait NONE = new ReplyWait(Optional.empty(), false);

    public ReplyWait {
        Require.present("since", since);
        if (answered && since.isPresent()) throw new IllegalArgumentException("an answered visitor does not wait");
    }

    /** Waiting for longer than up to {@code cutoff}. */
    public boolean unansweredSince(Instant cutoff) {
        return since.filter(at -> !at.isAfter(cutoff)).isPresent();
    }

    ReplyWait afterVisitor(Instant at) {
        return answered || since.isPresent() ? this : new ReplyWait(Optional.of(at), false);
    }

    ReplyWait afterOperator() {
        return new ReplyWait(Optional.empty(), true);
    }

    /** A new operator takes over: a visitor already waiting waits for them from now on. */
    ReplyWait handedOver(Instant at) {
        return since.isPresent() ? new ReplyWait(Optional.of(at), false) : NONE;
    }
}
