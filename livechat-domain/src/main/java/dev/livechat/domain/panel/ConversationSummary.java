package dev.livechat.domain.panel;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.ConversationStatus;
import dev.livechat.domain.conversation.Outcome;
import dev.livechat.domain.expertise.ExpertiseName;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A line of a conversation list. {@code matchesMyExpertise} is the help queue's star: the
 * conversation's expertise overlaps the viewing user's.
 */
public record ConversationSummary(
        ConversationId id,
        ChannelId channel,
        String visitorName,
        Optional<ConversationStatus> status,
        Instant statusSince,
        Instant startedAt,
        Optional<Instant> closedAt,
        Optional<Outcome> outcome,
        Set<ExpertiseName> expertise,
        List<OperatorRef> operators,
        boolean matchesMyExpertise) {

    public ConversationSummary withStar(boolean star) {
        return new ConversationSummary(
                id,
                channel,
                visitorName,
                status,
                statusSince,
                startedAt,
                closedAt,
                outcome,
                expertise,
                operators,
                star);
    }
}
