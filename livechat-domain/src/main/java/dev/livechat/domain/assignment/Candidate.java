package dev.livechat.domain.assignment;

import dev.livechat.domain.error.Require;
import dev.livechat.domain.operator.Operator;
import java.time.Instant;
import java.util.Optional;

/**
 * A channel member as the assignment policy sees it: the operator, its ongoing sessions in the
 * channel, and when it was last assigned a conversation (empty: never).
 */
public record Candidate(Operator operator, int ongoingSessions, Optional<Instant> lastAssignedAt) {
    public Candidate {
        Require.present("operator", operator);
        Require.that(ongoingSessions >= 0, "ongoingSessions", "must not be negative");
        Require.present("lastAssignedAt", lastAssignedAt);
    }
}
