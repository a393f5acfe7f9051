package dev.livechat.domain.port.in;

import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.hours.Availability;

/** Anyone (a website's widget): whether the channel takes a conversation now, and if not, when it opens. */
public interface ChannelAvailabilityUseCase {
    Availability availability(ChannelId channel);
}
