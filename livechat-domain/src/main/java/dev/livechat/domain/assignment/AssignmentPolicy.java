package dev.livechat.domain.assignment;

import java.util.List;

/**
 * Chooses the operator of a new or waiting conversation. Pure: it decides on what it is given
 * and reads nothing else, so an extender can replace it and a test can replay any decision.
 *
 * @see DefaultAssignmentPolicy the rules of docs/product-rules.md
 */
public interface AssignmentPolicy {
    /**
     * @param request the visitor's side: channel, cap, language, country, expertise, previous operator, time
     * @param candidates every member of the channel with its load; the policy itself leaves out
     *     those who are away, offline, at the cap or not members, and says so in the trace
     */
    Assignment assign(AssignmentRequest request, List<Candidate> candidates);

    /**
     * The same decision on the channel's members as the storage reads them. By default the pool
     * is turned into the list of candidates for {@link #assign(AssignmentRequest, List)}, so that a
     * policy written against the list needs nothing more; {@link DefaultAssignmentPolicy} reads the
     * pool's columns instead, which is what makes a channel of thousands cheap.
     *
     * @param pool every member of the request's channel with its load
     */
    default Assignment assign(AssignmentRequest request, CandidatePool pool) {
        return assign(request, pool.toList());
    }
}
