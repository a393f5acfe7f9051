package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.SessionCap;
import java.util.List;

public interface ManageChannelsUseCase {
    Channel createChannel(Caller caller, String name, SessionCap cap);

    /** Every channel; any live chat user may list them. */
    List<Channel> channels(Caller caller);
}
