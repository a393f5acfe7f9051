package dev.livechat.domain.assignment;

import dev.livechat.domain.operator.UserId;
import java.time.Instant;
import java.util.List;

/**
 * One pass over the candidates, gathering all that the decision and its trace need: the best
 * ranked available candidates ({@link Podium}), the visitor's previous operator, and how many were
 * passed over or ranked behind, by reason. Nothing is allocated per candidate; the trace's words
 * are written at the end, for the few it names.
 */
final class Standings {
    /** How many candidates, besides the chosen one, the trace names. */
    static final int NAMED = 3;

    private final AssignmentRequest request;
    private final int considered;
    private final int[] passedOver = new int[Eligibility.values().length];
    /** Nearest to assignable first, then in the order given: kept apart from the ranking, for cheapness. */
    private final Candidate[] nearestPassedOver = new Candidate[NAMED];

    private final Eligibility[] nearestReasons = new Eligibility[NAMED];
    private int namedPassedOver;
    /** Counted against the best so far; see {@link #rankedFirst}. */
    private final int[] behind = new int[Behind.values().length];

    private final Podium podium = new Podium(NAMED + 1);
    private int available;
    private Candidate previous;
    private Candidate previousPassedOver;

    private Standings(AssignmentRequest request, int considered) {
        this.request = request;
        this.considered = considered;
    }

    static Standings of(AssignmentRequest request, List<Candidate> candidates) {
        Standings standings = new Standings(request, candidates.size());
        TierMatcher matcher = new TierMatcher(request);
        Instant windowStart = request.at().minus(TierRanking.RECENT);
        UserId previousId = request.previousOperator().orElse(null);
        for (Candidate candidate : candidates) {
            Eligibility eligibility = Eligibility.of(request, candidate);
            boolean isPrevious = previousId != null && candidate.operator().id().equals(previousId);
            if (eligibility == Eligibility.ASSIGNABLE) {
                if (isPrevious && standings.previous == null) standings.previous = candidate;
                standings.rank(candidate, matcher, windowStart);
            } else {
                if (isPrevious && standings.previousPassedOver == null) standings.previousPassedOver = candidate;
                standings.passOver(candidate, eligibility);
            }
        }
        return standings;
    }

    private void passOver(Candidate candidate, Eligibility eligibility) {
        passedOver[eligibility.ordinal()]++;
        if (namedPassedOver == NAMED && eligibility.compareTo(nearestReasons[NAMED - 1]) >= 0) return;
        int place = namedPassedOver < NAMED ? namedPassedOver++ : NAMED - 1;
        for (; place > 0 && eligibility.compareTo(nearestReasons[place - 1]) < 0; place--) {
            nearestPassedOver[place] = nearestPassedOver[place - 1];
            nearestReasons[place] = nearestReasons[place - 1];
        }
        nearestPassedOver[place] = candidate;
        nearestReasons[place] = eligibility;
    }

    private void rank(Candidate candidate, TierMatcher matcher, Instant windowStart) {
        available++;
        Tier tier = matcher.bestTier(candidate.operator(), lastTierThatCounts());
        if (tier == null) {
            behind[Behind.OUTSIDE_TIER.ordinal()]++;
            return;
        }
        boolean inexact = tier.matchesOnLanguage() && !matcher.speaksExactly(candidate.operator());
        int rank = TierRanking.rank(tier.ordinal(), inexact, TierRanking.assignedAfter(candidate, windowStart));
        if (podium.size() > 0) {
            int comparison = TierRanking.compare(rank, candidate, podium.rank(0), podium.candidate(0));
            if (comparison < 0) rankedFirst(TierRanking.step(comparison).ordinal());
            else behind[TierRanking.step(comparison).ordinal()]++;
        }
        podium.offer(rank, candidate);
    }

    /**
     * The last tier in which a candidate can still win or be named: once the podium is full, the
     * tier of its last place. Most of a large channel is in later tiers, and then its country,
     * expertise, last assignment and exact tag are never read.
     */
    private Tier lastTierThatCounts() {
        return podium.size() == NAMED + 1 ? TierRanking.tier(podium.rank(NAMED)) : Tier.EVERYONE;
    }

    /**
     * A new best, ahead of the old one on the step it decides: everyone who was level with the old
     * best up to that step (the old best included) is now behind the new one on exactly that step;
     * everyone behind earlier stays behind for the same reason. So the counts stay those against
     * the final winner without remembering anyone.
     */
    private void rankedFirst(int step) {
        int now = 1;
        for (int later = step; later < behind.length; later++) {
            now += behind[later];
            behind[later] = 0;
        }
        behind[step] = now;
    }

    AssignmentRequest request() {
        return request;
    }

    int considered() {
        return considered;
    }

    int available() {
        return available;
    }

    int passedOver(Eligibility reason) {
        return passedOver[reason.ordinal()];
    }

    int totalPassedOver() {
        return considered - available;
    }

    /** How many passed-over candidates the trace may name, at most {@link #NAMED}. */
    int namedPassedOver() {
        return namedPassedOver;
    }

    /** Nearest to assignable first. */
    Candidate passedOver(int place) {
        return nearestPassedOver[place];
    }

    Eligibility whyPassedOver(int place) {
        return nearestReasons[place];
    }

    int behind(Behind reason) {
        return behind[reason.ordinal()];
    }

    /** Best first; the winner by tier in place 0. */
    Podium podium() {
        return podium;
    }

    /** The visitor's previous operator if available (the first with that id). */
    Candidate previous() {
        return previous;
    }

    /** The visitor's previous operator if a member passed over, for the trace. */
    Candidate previousPassedOver() {
        return previousPassedOver;
    }
}
