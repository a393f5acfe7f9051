package dev.livechat.domain.service;

import dev.livechat.domain.assignment.Assignment;
import dev.livechat.domain.assignment.AssignmentPolicy;
import dev.livechat.domain.assignment.AssignmentRequest;
import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.conversation.Conversation;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationState;
import dev.livechat.domain.error.ConcurrentUpdateException;
import dev.livechat.domain.port.in.AssignWaitingConversationsUseCase;
import dev.livechat.domain.port.out.ChannelsPort;
import dev.livechat.domain.port.out.FindCandidatesPort;
import dev.livechat.domain.port.out.OperatorsPort;
import dev.livechat.domain.port.out.QueryConversationsPort;
import java.time.Clock;
import java.time.Instant;

/**
 * Conversations that started with no operator wait, oldest first; each pass gives every one it
 * can an operator, with the same policy as at the start. Conversations whose channel has no free
 * operator stay waiting and do not hold up those of other channels.
 */
public final class WaitingConversationsService implements AssignWaitingConversationsUseCase {
    static final int BATCH = 200;

    private final ConversationWork work;
    private final QueryConversationsPort queries;
    private final ChannelsPort channels;
    private final OperatorsPort operators;
    private final FindCandidatesPort candidates;
    private final AssignmentPolicy policy;
    private final Clock clock;

    public WaitingConversationsService(
            ConversationWork work,
            QueryConversationsPort queries,
            ChannelsPort channels,
            OperatorsPort operators,
            FindCandidatesPort candidates,
            AssignmentPolicy policy,
            Clock clock) {
        this.work = work;
        this.queries = queries;
        this.channels = channels;
        this.operators = operators;
        this.candidates = candidates;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public int assignWaiting() {
        int assigned = 0;
        for (ConversationId id : queries.waitingForOperator(BATCH)) {
            try {
                if (assignOne(id)) assigned++;
            } catch (ConcurrentUpdateException e) {
                // another instance assigned or changed it meanwhile: its pass wins
            }
        }
        return assigned;
    }

    private boolean assignOne(ConversationId id) {
        return work.apply(id, this::assign);
    }

    private boolean assign(Conversation conversation) {
        ConversationState state = conversation.state();
        if (!state.waitingForOperator()) return false;
        Channel channel = channels.require(state.opening().channel());
        Instant now = clock.instant();
        Assignment assignment = policy.assign(
                new AssignmentRequest(
                        channel.id(),
                        channel.cap(),
                        state.opening().language(),
                        state.opening().country(),
                        state.annotations().expertise(),
                        queries.previousOperator(state.opening().visitor()),
                        now),
                candidates.candidates(channel.id()));
        if (assignment.operator().isEmpty()) return false;
        conversation.assignWaiting(operators.require(assignment.operator().get()), assignment, now);
        return true;
    }
}
