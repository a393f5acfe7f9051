package dev.livechat.domain.port.out;

import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.error.NotFoundException;
import java.util.List;
import java.util.Optional;

public interface ChannelsPort {
    Optional<Channel> find(ChannelId id);

    List<Channel> allChannels();

    void save(Channel channel);

    default Channel require(ChannelId id) {
        return find(id).orElseThrow(() -> new NotFoundException("channel", id));
    }
}
