package dev.livechat.domain.port.out;

import dev.livechat.domain.assignment.Candidate;
import dev.livechat.domain.channel.ChannelId;
import java.util.List;

/**
 * The members of a channel with what assignment needs of each, in one read: ongoing sessions in
 * that channel (open conversations they take part in) and the time of their last assignment.
 */
public interface FindCandidatesPort {
    List<Candidate> candidates(ChannelId channel);
}
