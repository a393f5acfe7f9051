package dev.livechat.domain.service;

import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.channel.Origin;
import dev.livechat.domain.conversation.ConversationId;
import dev.livechat.domain.error.NotFoundException;
import dev.livechat.domain.port.in.AllowedOriginsUseCase;
import dev.livechat.domain.port.out.ChannelsPort;
import dev.livechat.domain.port.out.LoadConversationPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Allowed origins, cheaply: a conversation never changes channel, so its channel is remembered
 * (the most recent {@value #REMEMBERED} conversations); channels come from the channels port, which
 * caches them; the union over all channels is recomputed at most once per {@link #UNION_TTL}.
 */
public final class OriginsService implements AllowedOriginsUseCase {
    static final int REMEMBERED = 10_000;
    static final Duration UNION_TTL = Duration.ofSeconds(5);

    private final LoadConversationPort conversations;
    private final ChannelsPort channels;
    private final Clock clock;
    private final Map<ConversationId, ChannelId> channelOf =
            Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<ConversationId, ChannelId> eldest) {
                    return size() > REMEMBERED;
                }
            });
    private volatile Set<Origin> union = Set.of();
    private volatile Instant unionUntil = Instant.MIN;

    public OriginsService(LoadConversationPort conversations, ChannelsPort channels, Clock clock) {
        this.conversations = conversations;
        this.channels = channels;
        this.clock = clock;
    }

    @Override
    public Set<Origin> ofChannel(ChannelId channel) {
        return channels.find(channel).map(Channel::allowedOrigins).orElse(Set.of());
    }

    @Override
    public Set<Origin> ofConversation(ConversationId conversation) {
        ChannelId channel = channelOf.get(conversation);
        if (channel == null) {
            try {
                channel = conversations.require(conversation).state().opening().channel();
            } catch (NotFoundException unknown) {
                return Set.of();
            }
            channelOf.put(conversation, channel);
        }
        return ofChannel(channel);
    }

    @Override
    public Set<Origin> ofAnyChannel() {
        Instant now = clock.instant();
        if (now.isBefore(unionUntil)) return union;
        Set<Origin> all = new HashSet<>();
        channels.allChannels().forEach(c -> all.addAll(c.allowedOrigins()));
        union = Set.copyOf(all);
        unionUntil = now.plus(UNION_TTL);
        return union;
    }
}
