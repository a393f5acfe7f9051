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

    private static final int ASSIGNABLE = Eligibility.ASSIGNABLE.ordinal();
    private static final int AT_CAP = Eligibility.AT_CAP.ordinal();
    private static final int OVER_CAP = Eligibility.OVER_CAP.ordinal();
    private static final int MORE_SESSIONS = Behind.MORE_SESSIONS.ordinal();

    private final AssignmentRequest request;
    private final CandidatePool pool;
    private final int[] passedOver = new int[Eligibility.values().length];
    /** Nearest to assignable first, then in the order given: kept apart from the ranking, for cheapness. */
    private final int[] nearestPassedOver = new int[NAMED];

    /** Ordinals of {@link Eligibility}. */
    private final int[] nearestReasons = new int[NAMED];

    private int namedPassedOver;
    /** Counted against the best so far; see {@link #rankedFirst}. */
    private final int[] behind = new int[Behind.values().length];

    private final Podium podium;
    /** The rank of the podium's first place, and the packed (rank, sessions) of its last once full. */
    private int bestRank;

    private long lastKey = Long.MAX_VALUE;
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
        long cap = request.cap().max().isEmpty()
                ? Long.MAX_VALUE
                : request.cap().max().getAsInt();
        byte[] eligibility = pool.standings;
        int[] sessions = pool.sessions;
        for (int i = 0; i < pool.size; i++) {
            int reason = eligibility[i];
            int ongoing = sessions[i];
            if (reason == ASSIGNABLE && ongoing >= cap) reason = ongoing == cap ? AT_CAP : OVER_CAP;
            if (previousId != null && pool.idHashes[i] == previousHash && pool.ids[i].equals(previousId)) {
                if (reason == ASSIGNABLE && standings.previous < 0) standings.previous = i;
                if (reason != ASSIGNABLE && standings.previousPassedOver < 0) standings.previousPassedOver = i;
            }
            if (reason == ASSIGNABLE)
                standings.rank(i, matcher.rank(i, windowStart.getEpochSecond(), windowStart.getNano()), ongoing);
            else standings.passOver(i, reason);
        }
        return standings;
    }

    private void passOver(int member, int reason) {
        passedOver[reason]++;
        if (namedPassedOver == NAMED && reason >= nearestReasons[NAMED - 1]) return;
        int place = namedPassedOver < NAMED ? namedPassedOver++ : NAMED - 1;
        for (; place > 0 && reason < nearestReasons[place - 1]; place--) {
            nearestPassedOver[place] = nearestPassedOver[place - 1];
            nearestReasons[place] = nearestReasons[place - 1];
        }
        nearestPassedOver[place] = member;
        nearestReasons[place] = reason;
    }

    /**
     * Most of a large channel ranks behind the podium's last place on (rank, ongoing sessions)
     * alone: one comparison of a packed key, and its reason against the best follows from the
     * same key. The others are compared in full.
     */
    private void rank(int member, int rank, int ongoing) {
        available++;
        long key = key(rank, ongoing);
        if (key > lastKey) {
            behind[rank != bestRank ? TierRanking.rankStep(rank, bestRank).ordinal() : MORE_SESSIONS]++;
            return;
        }
        if (podium.size() > 0) {
            int comparison = TierRanking.compare(pool, rank, member, podium.rank(0), podium.member(0));
            if (comparison < 0) rankedFirst(TierRanking.step(comparison).ordinal());
            else behind[TierRanking.step(comparison).ordinal()]++;
        }
        podium.offer(rank, member);
        bestRank = podium.rank(0);
        if (podium.size() == NAMED + 1) lastKey = key(podium.rank(NAMED), pool.sessions[podium.member(NAMED)]);
    }

    private static long key(int rank, int ongoing) {
        return (long) rank << 32 | ongoing;
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
        return Eligibility.ofOrdinal(nearestReasons[place]);
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
