package dev.livechat.domain.conversation;

import dev.livechat.domain.error.Require;
import dev.livechat.domain.error.StateConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The visitor's satisfaction with a conversation (CSAT): a score from 1 to 5 and an optional
 * comment, given once (docs/product-rules.md, "Ratings").
 */
public record Rating(int score, Optional<String> comment, Instant ratedAt) {
    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;
    public static final int MAX_COMMENT = 1_000;
    /** How long after its close a conversation may still be rated. */
    public static final Duration WINDOW = Duration.ofHours(24);

    public Rating {
        Require.that(score >= MIN_SCORE && score <= MAX_SCORE, "score", "must be 1 to 5, was " + score);
        // a blank comment is no comment: the visitor only clicked a score
        comment = Require.present("comment", comment).map(String::strip).filter(text -> !text.isEmpty());
        comment.ifPresent(text -> Require.text("comment", text, MAX_COMMENT));
        Require.present("ratedAt", ratedAt);
    }

    /** Once, while open or up to {@link #WINDOW} after the close: later, the memory is not worth asking for. */
    static void requireRateable(ConversationState state, Instant at) {
        if (state.rating().isPresent())
            throw new StateConflictException("Conversation " + state.id() + " is already rated (score "
                    + state.rating().get().score() + "): a rating is given once");
        Optional<Instant> closedAt = state.lifecycle().closedAt();
        if (closedAt.isPresent() && at.isAfter(closedAt.get().plus(WINDOW)))
            throw new StateConflictException("Conversation " + state.id() + " closed at " + closedAt.get()
                    + ": it can be rated up to 24 hours after its close");
    }
}
