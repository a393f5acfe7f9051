package dev.livechat.domain.service;

import dev.livechat.domain.assignment.CandidatePool;
import dev.livechat.domain.channel.Channel;
import dev.livechat.domain.channel.ChannelClosedException;
import dev.livechat.domain.channel.ChannelId;
import dev.livechat.domain.hours.Availability;
import dev.livechat.domain.port.in.ChannelAvailabilityUseCase;
import dev.livechat.domain.port.out.ChannelsPort;
import dev.livechat.domain.port.out.FindCandidatesPort;
import java.time.Clock;

/** Whether a channel takes conversations now: its business hours and, if it says so, its operators. */
public final class ReceptionService implements ChannelAvailabilityUseCase {
    private final ChannelsPort channels;
    private final FindCandidatesPort candidates;
    private final Clock clock;

    public ReceptionService(ChannelsPort channels, FindCandidatesPort candidates, Clock clock) {
        this.channels = channels;
        this.candidates = candidates;
        this.clock = clock;
    }

    @Override
    public Availability availability(ChannelId id) {
        Channel channel = channels.require(id);
        return availability(channel, candidates.candidates(id));
    }

    /** The answer for candidates already read (the start reads them for the assignment too). */
    Availability availability(Channel channel, CandidatePool pool) {
        return channel.reception().availabilityAt(clock.instant(), pool.anyAssignable(channel.cap()));
    }

    /** Refuses a start the channel would not take, with its next opening. */
    void requireAccepting(Channel channel, CandidatePool pool) {
        Availability availability = availability(channel, pool);
        if (!availability.acceptsConversations()) throw new ChannelClosedException(channel.id(), availability);
    }
}
