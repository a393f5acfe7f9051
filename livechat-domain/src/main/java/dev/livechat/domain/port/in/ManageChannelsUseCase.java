package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.SessionCap;
import java.util.List;

public interface ManageChannelsUseCase {
    Channel createChannel(Caller caller, String name, SessionCap cap);

    /** A manager: every channel; an operator (LIVECHAT_USER): the channels it is a member of. */
    List<Channel> channels(Caller caller);
}
