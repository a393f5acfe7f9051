package dev.livechat.domain.report;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.error.Require;
import java.time.Instant;
import java.util.Optional;

/** Closed conversations started in [from, to), optionally of one channel, grouped. */
public record ReportQuery(ReportGrouping groupBy, Instant from, Instant to, Optional<ChannelId> channel) {
    public ReportQuery {
        Require.present("groupBy", groupBy);
        Require.present("from", from);
        Require.present("to", to);
        Require.that(from.isBefore(to), "to", "must be after from");
        Require.present("channelId", channel);
    }
}
