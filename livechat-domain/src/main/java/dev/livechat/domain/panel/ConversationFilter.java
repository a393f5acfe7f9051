package dev.livechat.domain.panel;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.conversation.ConversationStatus;
import dev.livechat.domain.error.Require;
import dev.livechat.domain.expertise.ExpertiseName;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Which conversations a list shows. {@code onlyChannels} empty means every channel (a manager, or
 * the help queue, which every live chat user sees). LOOKING_FOR_HELP lists oldest request first;
 * every other list newest start first.
 *
 * @param from,to the start time range (inclusive, exclusive)
 */
public record ConversationFilter(
        Optional<ConversationStatus> status,
        Optional<ChannelId> channel,
        Optional<Instant> from,
        Optional<Instant> to,
        Optional<ExpertiseName> expertise,
        Optional<Set<ChannelId>> onlyChannels,
        int limit) {
    public static final int MAX_LIMIT = 500;

    public ConversationFilter {
        Require.present("status", status);
        Require.present("channelId", channel);
        Require.present("from", from);
        Require.present("to", to);
        Require.present("expertise", expertise);
        onlyChannels = Require.present("onlyChannels", onlyChannels).map(Set::copyOf);
        Require.that(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be 1–" + MAX_LIMIT);
    }

    public boolean helpQueue() {
        return status.equals(Optional.of(ConversationStatus.LOOKING_FOR_HELP));
    }
}
