package dev.livechat.domain.assignment;

import dev.livechat.domain.error.Require;
import dev.livechat.domain.operator.UserId;
import java.util.List;
import java.util.Optional;

/**
 * The assignment rules of docs/product-rules.md ("Operator assignment"), in order:
 *
 * <ol>
 *   <li>candidates are the channel's members with live chat access who are ONLINE or BUSY and
 *       below the channel's cap;
 *   <li>none left: no one is available;
 *   <li>the visitor's previous operator, if a candidate with fewer than 2 ongoing sessions;
 *   <li>otherwise the first non-empty tier: language ∧ all expertise, language ∧ some expertise,
 *       language, country ∧ all, country ∧ some, country, all expertise, some expertise, everyone
 *       (a tier that needs what the visitor did not give is skipped);
 *   <li>within the tier, see {@link TierRanking}.
 * </ol>
 *
 * <p>Tiers come before load: a French speaker with five sessions beats an English speaker with
 * none for a French visitor. Availability and the cap are never overridden. Pure and
 * deterministic: the same request and candidates always give the same assignment and trace.
 *
 * <p>One pass over the columns of a {@link CandidatePool} decides ({@link Standings}), so that a
 * channel of 10,000 takes tens of microseconds; the trace counts the others by reason and names
 * only the nearest, whose {@link Candidate}s alone are made. Given a list, it builds the pool first.
 */
public final class DefaultAssignmentPolicy implements AssignmentPolicy {
    /** The previous operator is chosen only while holding fewer ongoing sessions than this. */
    public static final int PREVIOUS_OPERATOR_SESSION_LIMIT = 2;

    private final boolean byCodes;

    public DefaultAssignmentPolicy() {
        this(true);
    }

    /**
     * @param byCodes false to read the pool's own columns member by member even when its
     *     {@link OpenColumns} are coded: the same decisions and traces, which tests compare
     */
    DefaultAssignmentPolicy(boolean byCodes) {
        this.byCodes = byCodes;
    }

    /**
     * Makes a {@link CandidatePool} of the list and decides on it: the same answer, slower. A list
     * that is a pool's {@link CandidatePool#toList()} (a list-based policy falling back on this one)
     * is read as that pool.
     */
    @Override
    public Assignment assign(AssignmentRequest request, List<Candidate> candidates) {
        Require.present("request", request);
        if (candidates instanceof CandidatePool.AsList view) return assign(request, view.pool);
        return assign(request, CandidatePool.of(request.channel(), candidates));
    }

    /** The fast path: one pass over the pool's columns; operators are read only for those the trace names. */
    @Override
    public Assignment assign(AssignmentRequest request, CandidatePool pool) {
        Require.present("request", request);
        Require.present("pool", pool);
        if (!pool.channel().equals(request.channel())) pool = CandidatePool.of(request.channel(), pool.toList());
        Standings standings = Standings.of(request, pool, byCodes);
        Trace trace = new Trace(standings);
        if (standings.available() == 0)
            return Assignment.noOneAvailable(trace.noOneAvailable(
                    "No operator available in channel " + request.channel() + " (" + pool.size() + " considered)"));
        Candidate previous = previousOperator(request, standings, trace);
        if (previous != null) return toPrevious(previous, trace);
        return byTier(request, standings, trace);
    }

    /** The previous operator if chosen by rule 3, else null with a note saying why not. */
    private static Candidate previousOperator(AssignmentRequest request, Standings standings, Trace trace) {
        if (request.previousOperator().isEmpty()) return null;
        Candidate previous = standings.previous();
        if (previous == null) {
            UserId id = request.previousOperator().get();
            Candidate passedOver = standings.previousPassedOver();
            String who = passedOver == null ? id.value() : Trace.who(passedOver.operator());
            trace.note("Previous operator " + who + " is not an available candidate");
            return null;
        }
        int ongoing = previous.ongoingSessions();
        if (ongoing < PREVIOUS_OPERATOR_SESSION_LIMIT) return previous;
        trace.note("Previous operator " + Trace.who(previous.operator()) + " not chosen: " + Trace.sessions(ongoing)
                + ", needs fewer than " + PREVIOUS_OPERATOR_SESSION_LIMIT);
        return null;
    }

    private static Assignment toPrevious(Candidate previous, Trace trace) {
        String headline = "Chose " + Trace.who(previous.operator()) + " by rule "
                + AssignmentRule.PREVIOUS_OPERATOR + " (the visitor's previous operator, "
                + Trace.sessions(previous.ongoingSessions()) + ")";
        return new Assignment(
                Optional.of(previous.operator().id()), AssignmentRule.PREVIOUS_OPERATOR, trace.forPrevious(headline));
    }

    private static Assignment byTier(AssignmentRequest request, Standings standings, Trace trace) {
        Podium podium = standings.podium();
        Candidate winner = podium.candidate(0);
        Tier tier = TierRanking.tier(podium.rank(0));
        if (TierRanking.assignedRecently(podium.rank(0)))
            trace.note("Everyone in the tier was assigned in the last " + TierRanking.RECENT.toSeconds() + " s, so the "
                    + TierRanking.RECENT.toSeconds() + " s rule is waived");
        String headline = "Chose " + Trace.who(winner.operator()) + " by rule " + tier.rule() + " ("
                + tier.describe(request) + ")";
        return new Assignment(Optional.of(winner.operator().id()), tier.rule(), trace.forTier(headline));
    }
}
