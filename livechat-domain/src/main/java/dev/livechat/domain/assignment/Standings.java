package dev.livechat.domain.assignment;

import java.time.Instant;

/**
 * One pass over the pool's columns, gathering all that the decision and its trace need: the best
 * ranked available candidates ({@link Podium}), the visitor's previous operator, and how many were
 * passed over or ranked behind, by reason. Nothing is allocated per candidate; the trace's words
 * are written at the end, for the few it names.
 */
final class Standings {
    /** How many candidates, besides the chosen one, the trace names. */
    static final int NAMED = 3;

    private final AssignmentRequest request;
    private final CandidatePool pool;
    private final int[] passedOver = new int[Eligibility.values().length];
    /** Nearest to assignable first, then in the order given: kept apart from the ranking, for cheapness. */
    private final int[] nearestPassedOver = new int[NAMED];

    private final Eligibility[] nearestReasons = new Eligibility[NAMED];
    private int namedPassedOver;
    /** Counted against the best so far; see {@link #rankedFirst}. */
    private final int[] behind = new int[Behind.values().length];

    private final Podium podium;
    private int available;
    private int previous = -1;
    private int previousPassedOver = -1;

    private Standings(AssignmentRequest request, CandidatePool pool) {
        this.request = request;
        this.pool = pool;
        this.podium = new Podium(pool, NAMED + 1);
    }

    /** The pool's eligibility must have been worked out for the request's channel. */
    static Standings of(AssignmentRequest request, CandidatePool pool) {
        Standings standings = new Standings(request, pool);
        TierMatcher matcher = new TierMatcher(request, pool);
        Instant windowStart = request.at().minus(TierRanking.RECENT);
        String previousId = request.previousOperator().map(id -> id.value()).orElse(null);
        int previousHash = previousId == null ? 0 : previousId.hashCode();
        boolean unlimited = request.cap().max().isEmpty();
        int cap = request.cap().max().orElse(0);
        byte[] eligibility = pool.standings;
        int[] sessions = pool.sessions;
        for (int i = 0; i < pool.size; i++) {
            Eligibility reason =
                    Eligibility.withCap(Eligibility.ofOrdinal(eligibility[i]), unlimited, cap, sessions[i]);
            boolean isPrevious =
                    previousId != null && pool.idHashes[i] == previousHash && pool.ids[i].equals(previousId);
            if (reason == Eligibility.ASSIGNABLE) {
                if (isPrevious && standings.previous < 0) standings.previous = i;
                standings.rank(i, matcher, windowStart);
            } else {
                if (isPrevious && standings.previousPassedOver < 0) standings.previousPassedOver = i;
                standings.passOver(i, reason);
            }
        }
        return standings;
    }

    private void passOver(int member, Eligibility eligibility) {
        passedOver[eligibility.ordinal()]++;
        if (namedPassedOver == NAMED && eligibility.compareTo(nearestReasons[NAMED - 1]) >= 0) return;
        int place = namedPassedOver < NAMED ? namedPassedOver++ : NAMED - 1;
        for (; place > 0 && eligibility.compareTo(nearestReasons[place - 1]) < 0; place--) {
            nearestPassedOver[place] = nearestPassedOver[place - 1];
            nearestReasons[place] = nearestReasons[place - 1];
        }
        nearestPassedOver[place] = member;
        nearestReasons[place] = eligibility;
    }

    private void rank(int member, TierMatcher matcher, Instant windowStart) {
        available++;
        Tier tier = matcher.bestTier(member, lastTierThatCounts());
        if (tier == null) {
            behind[Behind.OUTSIDE_TIER.ordinal()]++;
            return;
        }
        boolean inexact = tier.matchesOnLanguage() && !matcher.speaksExactly(member);
        int rank = TierRanking.rank(tier.ordinal(), inexact, TierRanking.assignedAfter(pool, member, windowStart));
        if (podium.size() > 0) {
            int comparison = TierRanking.compare(pool, rank, member, podium.rank(0), podium.member(0));
            if (comparison < 0) rankedFirst(TierRanking.step(comparison).ordinal());
            else behind[TierRanking.step(comparison).ordinal()]++;
        }
        podium.offer(rank, member);
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
        return pool.size;
    }

    int available() {
        return available;
    }

    int passedOver(Eligibility reason) {
        return passedOver[reason.ordinal()];
    }

    int totalPassedOver() {
        return pool.size - available;
    }

    /** How many passed-over candidates the trace may name, at most {@link #NAMED}. */
    int namedPassedOver() {
        return namedPassedOver;
    }

    /** Nearest to assignable first. */
    Candidate passedOver(int place) {
        return pool.candidate(nearestPassedOver[place]);
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

    /** The visitor's previous operator if available (the first with that id), else null. */
    Candidate previous() {
        return previous < 0 ? null : pool.candidate(previous);
    }

    /** The index in the pool of the visitor's previous operator if available, else -1. */
    int previousMember() {
        return previous;
    }

    /** The visitor's previous operator if passed over, for the trace; else null. */
    Candidate previousPassedOver() {
        return previousPassedOver < 0 ? null : pool.candidate(previousPassedOver);
    }
}
