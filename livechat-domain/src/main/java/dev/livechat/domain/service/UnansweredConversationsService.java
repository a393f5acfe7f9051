package dev.livechat.domain.service;

import dev.livechat.domain.assignment.Assignment;
import dev.livechat.domain.assignment.AssignmentPolicy;
import dev.livechat.domain.assignment.AssignmentRequest;
import dev.livechat.domain.assignment.Candidate;
import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.conversation.Conversation;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationState;
import dev.livechat.domain.conversation.Participant;
import dev.livechat.domain.error.ConcurrentUpdateException;
import dev.livechat.domain.operator.UserId;
import dev.livechat.domain.port.in.HandOnUnansweredUseCase;
import dev.livechat.domain.port.out.ChannelsPort;
import dev.livechat.domain.port.out.FindCandidatesPort;
import dev.livechat.domain.port.out.OperatorsPort;
import dev.livechat.domain.port.out.QueryConversationsPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Unanswered conversations handed on (docs/product-rules.md): in each channel that asks for it,
 * a visitor who waited longer than the channel's timeout for the first reply of the operator handed
 * the conversation gets the one the assignment policy chooses among the others. Several instances
 * may run this at once: each hand-on is judged again on the locked, fresh state, and the one that
 * saves first restarts the wait, so the others find nothing to do.
 */
public final class UnansweredConversationsService implements HandOnUnansweredUseCase {
    static final int BATCH = 200;

    private final ConversationWork work;
    private final QueryConversationsPort queries;
    private final ChannelsPort channels;
    private final OperatorsPort operators;
    private final FindCandidatesPort candidates;
    private final AssignmentPolicy policy;
    private final Clock clock;

    public UnansweredConversationsService(
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
    public int handOnUnanswered() {
        int handedOn = 0;
        for (Channel channel : channels.allChannels()) {
            Optional<Duration> timeout = channel.reassignAfter().timeout();
            if (timeout.isEmpty()) continue;
            Instant cutoff = clock.instant().minus(timeout.get());
            for (ConversationId id : queries.unansweredSince(channel.id(), cutoff, BATCH)) {
                try {
                    if (work.apply(id, conversation -> handOn(conversation, channel, cutoff))) handedOn++;
                } catch (ConcurrentUpdateException e) {
                    // another instance handed it on, or someone wrote, meanwhile: its write wins
                }
            }
        }
        return handedOn;
    }

    /** False when nobody else can take it: it stays, and is looked at again on the next pass. */
    private boolean handOn(Conversation conversation, Channel channel, Instant cutoff) {
        ConversationState state = conversation.state();
        if (state.closed() || !state.replyWait().unansweredSince(cutoff)) return false;
        Set<UserId> silent =
                state.participants().present().stream().map(Participant::id).collect(Collectors.toSet());
        List<Candidate> others = candidates.candidates(channel.id()).toList().stream()
                .filter(c -> !silent.contains(c.operator().id()))
                .toList();
        Instant now = clock.instant();
        Assignment assignment = policy.assign(
                new AssignmentRequest(
                        channel.id(),
                        channel.cap(),
                        state.opening().language(),
                        state.opening().country(),
                        state.annotations().expertise(),
                        queries.previousOperator(state.opening().visitor()).filter(id -> !silent.contains(id)),
                        now),
                others);
        if (assignment.operator().isEmpty()) return false;
        return conversation.handOnIfUnansweredSince(
                cutoff, operators.require(assignment.operator().get()), assignment, now);
    }
}
