package dev.livechat.domain.port.out;

import dev.livechat.domain.assignment.CandidatePool;
import dev.livechat.domain.channel.ChannelId;

/**
 * The members of a channel with what assignment needs of each, in one read: ongoing sessions in
 * that channel (open conversations they take part in) and the time of their last assignment.
 * Answered as a {@link CandidatePool} built for that channel: its columns straight from the rows
 * read ({@link CandidatePool#builder}), each member's operator made only when asked for.
 */
public interface FindCandidatesPort {
    CandidatePool candidates(ChannelId channel);
}
