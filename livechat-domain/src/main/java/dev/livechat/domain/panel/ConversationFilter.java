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
 * @param withoutHelpQueue leave out conversations looking for help: a channel's list, which they
 *     leave for the help queue (SPEC "Status", rule 4); see {@link #forViewer}
 */
public record ConversationFilter(
        Optional<ConversationStatus> status,
        Optional<ChannelId> channel,
        Optional<Instant> from,
        Optional<Instant> to,
        Optional<ExpertiseName> expertise,
        Optional<Set<ChannelId>> onlyChannels,
        int limit,
        boolean withoutHelpQueue) {
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

    /** A filter that keeps conversations looking for help. */
    public ConversationFilter(
            Optional<ConversationStatus> status,
            Optional<ChannelId> channel,
            Optional<Instant> from,
            Optional<Instant> to,
            Optional<ExpertiseName> expertise,
            Optional<Set<ChannelId>> onlyChannels,
            int limit) {
        this(status, channel, from, to, expertise, onlyChannels, limit, false);
    }

    /**
     * The list a viewer asked for: with no status it is a channel's list, which a conversation
     * looking for help leaves for the help queue (SPEC "Status", rule 4).
     */
    public static ConversationFilter forViewer(
            Optional<ConversationStatus> status,
            Optional<ChannelId> channel,
            Optional<Instant> from,
            Optional<Instant> to,
            Optional<ExpertiseName> expertise,
            Optional<Set<ChannelId>> onlyChannels,
            int limit) {
        return new ConversationFilter(status, channel, from, to, expertise, onlyChannels, limit, status.isEmpty());
    }

    public boolean helpQueue() {
        return status.equals(Optional.of(ConversationStatus.LOOKING_FOR_HELP));
    }
}
