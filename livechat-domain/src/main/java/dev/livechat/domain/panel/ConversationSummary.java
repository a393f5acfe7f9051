package dev.livechat.domain.panel;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.conversation.Lifecycle;
import dev.livechat.domain.expertise.ExpertiseName;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A line of a conversation list. {@code matchesMyExpertise} is the help queue's star: the
 * conversation's expertise overlaps the viewing user's.
 *
 * @param lifecycle the status and since when, or the outcome and close time
 */
public record ConversationSummary(
        ConversationId id,
        ChannelId channel,
        String visitorName,
        Instant startedAt,
        Lifecycle lifecycle,
        Set<ExpertiseName> expertise,
        List<OperatorRef> operators,
        boolean matchesMyExpertise) {

    public ConversationSummary withStar(boolean star) {
        return new ConversationSummary(id, channel, visitorName, startedAt, lifecycle, expertise, operators, star);
    }
}
