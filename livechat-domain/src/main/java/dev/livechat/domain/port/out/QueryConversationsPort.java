package dev.livechat.domain.port.out;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.Visitor;
import dev.livechat.domain.operator.UserId;
import dev.livechat.domain.panel.ConversationFilter;
import dev.livechat.domain.panel.ConversationSummary;
import dev.livechat.domain.panel.RecentConversation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Read models over conversations: each method is one cheap query, never a load of aggregates one by one. */
public interface QueryConversationsPort {
    /** The list the filter asks for (without the star: {@code matchesMyExpertise} false). */
    List<ConversationSummary> list(ConversationFilter filter);

    /**
     * Conversations of the same visitor (by contact when known, else by visitor key) started at or
     * after {@code since}, {@code excluding} one; ongoing first, then newest start first.
     */
    List<RecentConversation> recent(Visitor visitor, ConversationId excluding, Instant since, int limit);

    /** The operator of the visitor's latest earlier conversation that had one. */
    Optional<UserId> previousOperator(Visitor visitor);

    /** Open conversations with no operator present, oldest start first. */
    List<ConversationId> waitingForOperator(int limit);

    /**
     * Open conversations of the channel whose visitor waits, since {@code cutoff} or earlier, for
     * the first reply of the operator handed them ({@code ConversationState.replyWait()}), longest
     * waiting first.
     */
    List<ConversationId> unansweredSince(ChannelId channel, Instant cutoff, int limit);

    /** Open conversations whose last activity (start or last message) is before {@code cutoff}. */
    List<ConversationId> inactiveSince(Instant cutoff, int limit);
}
