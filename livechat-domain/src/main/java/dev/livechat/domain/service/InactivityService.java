package dev.livechat.domain.service;

import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.error.ConcurrentUpdateException;
import dev.livechat.domain.error.Require;
import dev.livechat.domain.outcome.OutcomePolicy;
import dev.livechat.domain.port.in.AssignWaitingConversationsUseCase;
import dev.livechat.domain.port.in.CloseInactiveConversationsUseCase;
import dev.livechat.domain.port.out.QueryConversationsPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The system closes conversations nobody wrote in for the configured time (docs/product-rules.md, "Status", rule 8). */
public final class InactivityService implements CloseInactiveConversationsUseCase {
    static final int BATCH = 200;

    private final ConversationWork work;
    private final QueryConversationsPort queries;
    private final OutcomePolicy outcomes;
    private final Clock clock;
    private final AssignWaitingConversationsUseCase waiting;

    public InactivityService(
            ConversationWork work,
            QueryConversationsPort queries,
            OutcomePolicy outcomes,
            Clock clock,
            AssignWaitingConversationsUseCase waiting) {
        this.work = work;
        this.queries = queries;
        this.outcomes = outcomes;
        this.clock = clock;
        this.waiting = waiting;
    }

    @Override
    public int closeInactive(Duration timeout) {
        Require.that(timeout != null && !timeout.isNegative() && !timeout.isZero(), "timeout", "must be positive");
        Instant cutoff = clock.instant().minus(timeout);
        int closed = 0;
        for (ConversationId id : queries.inactiveSince(cutoff, BATCH)) {
            try {
                if (closeIfInactive(id, cutoff)) closed++;
            } catch (ConcurrentUpdateException e) {
                // someone wrote in it meanwhile: it is active after all
            }
        }
        if (closed > 0) waiting.assignWaiting();
        return closed;
    }

    private boolean closeIfInactive(ConversationId id, Instant cutoff) {
        return work.apply(id, conversation -> conversation.closeIfInactiveSince(cutoff, outcomes, clock.instant()));
    }
}
