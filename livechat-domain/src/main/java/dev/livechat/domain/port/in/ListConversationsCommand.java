package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.conversation.ConversationStatus;
import dev.livechat.domain.error.Require;
import dev.livechat.domain.expertise.ExpertiseName;
import java.time.Instant;
import java.util.Optional;

public record ListConversationsCommand(
        Caller caller,
        Optional<ConversationStatus> status,
        Optional<ChannelId> channel,
        Optional<Instant> from,
        Optional<Instant> to,
        Optional<ExpertiseName> expertise,
        int limit) {
    public ListConversationsCommand {
        Require.present("caller", caller);
        Require.present("status", status);
        Require.present("channelId", channel);
        Require.present("from", from);
        Require.present("to", to);
        Require.present("expertise", expertise);
    }

    /** The whole help queue, unfiltered: the same list for every viewer but for the stars. */
    public boolean wholeHelpQueue() {
        return status.equals(Optional.of(ConversationStatus.LOOKING_FOR_HELP))
                && channel.isEmpty()
                && from.isEmpty()
                && to.isEmpty()
                && expertise.isEmpty();
    }
}
