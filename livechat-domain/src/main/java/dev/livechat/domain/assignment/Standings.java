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
    private static final int EVERYONE = TierRanking.rank(Tier.EVERYONE.ordinal(), false, false);

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

    /**
     * The pool's eligibility must have been worked out for the request's channel. Those away,
     * offline, without access or not members were counted when the pool was built; the pass goes
     * over the others only.
     *
     * @param byCodes whether to read the pool's {@link OpenColumns} when they are coded; false reads
     *     the pool's own columns member by member, the same decision (tests compare the two)
     */
    static Standings of(AssignmentRequest request, CandidatePool pool, boolean byCodes) {
        Standings standings = new Standings(request, pool);
        TierMatcher matcher = new TierMatcher(request, pool);
        Instant windowStart = request.at().minus(TierRanking.RECENT);
        long cap = request.cap().max().isEmpty()
                ? Long.MAX_VALUE
                : request.cap().max().getAsInt();
        if (byCodes && matcher.byCodes()) standings.passByCodes(matcher, windowStart, cap);
        else standings.passByMembers(matcher, windowStart, cap);
        standings.passOverUnavailable();
        request.previousOperator().ifPresent(id -> standings.findPrevious(id.value(), cap));
        return standings;
    }

    private void passByMembers(TierMatcher matcher, Instant windowStart, long cap) {
        long windowSeconds = windowStart.getEpochSecond();
        int windowNanos = windowStart.getNano();
        int[] open = pool.unavailable.open;
        int[] sessions = pool.sessions;
        for (int k = 0; k < open.length; k++) {
            int i = open[k];
            int ongoing = sessions[i];
            if (ongoing < cap) rank(i, matcher.rank(i, windowSeconds, windowNanos), ongoing);
            else passOver(i, ongoing == cap ? AT_CAP : OVER_CAP);
        }
    }

    /**
     * As {@link #passByMembers}, reading the {@link OpenColumns} in order (16 bytes a member, 12
     * without preferences), and counting those behind the podium in a {@link Tally}, flushed
     * before the podium or the best changes.
     */
    private void passByCodes(TierMatcher matcher, Instant windowStart, long cap) {
        long windowSeconds = windowStart.getEpochSecond();
        int windowNanos = windowStart.getNano();
        OpenColumns open = pool.open;
        int[] members = open.members;
        int[] sessions = open.sessions;
        long[] lastAssigned = open.lastAssignedSeconds;
        int[] codes = open.codes;
        boolean tiered = matcher.asksAnything();
        long tally = 0;
        int tallied = 0;
        for (int k = 0; k < members.length; k++) {
            int ongoing = sessions[k];
            if (ongoing >= cap) {
                passOver(members[k], ongoing == cap ? AT_CAP : OVER_CAP);
                continue;
            }
            long last = lastAssigned[k];
            boolean recent =
                    last > windowSeconds || last == windowSeconds && pool.lastAssignedNanos[members[k]] > windowNanos;
            int rank = (tiered ? matcher.rankByCodes(codes[k]) : EVERYONE) | (recent ? 1 : 0);
            available++;
            if (key(rank, ongoing) > lastKey) {
                tally = Tally.add(tally, rank, bestRank);
                if (++tallied < Tally.CAPACITY) continue;
                Tally.flush(tally, behind);
            } else {
                Tally.flush(tally, behind);
                rankNearBest(members[k], rank);
            }
            tally = 0;
            tallied = 0;
        }
        Tally.flush(tally, behind);
    }

    /** Capped members come before these (their reasons are nearer to assignable), so they are added after. */
    private void passOverUnavailable() {
        Unavailable unavailable = pool.unavailable;
        for (int reason = 0; reason < passedOver.length; reason++) passedOver[reason] += unavailable.counts[reason];
        for (int place = 0; place < unavailable.named; place++)
            namedPassedOver = insertNearest(
                    nearestPassedOver,
                    nearestReasons,
                    namedPassedOver,
                    unavailable.nearest[place],
                    unavailable.nearestReasons[place]);
    }

    /** The first available member with that id, and the first passed over. */
    private void findPrevious(String id, long cap) {
        int hash = id.hashCode();
        for (int i = 0; i < pool.size && (previous < 0 || previousPassedOver < 0); i++) {
            if (pool.idHashes[i] != hash || !pool.ids[i].equals(id)) continue;
            boolean available = pool.standings[i] == ASSIGNABLE && pool.sessions[i] < cap;
            if (available && previous < 0) previous = i;
            if (!available && previousPassedOver < 0) previousPassedOver = i;
        }
    }

    private void passOver(int member, int reason) {
        passedOver[reason]++;
        namedPassedOver = insertNearest(nearestPassedOver, nearestReasons, namedPassedOver, member, reason);
    }

    /**
     * Keeps the {@link #NAMED} nearest to assignable, in the order offered among equals; answers how
     * many are kept.
     */
    static int insertNearest(int[] members, int[] reasons, int named, int member, int reason) {
        if (named == NAMED && reason >= reasons[NAMED - 1]) return named;
        int place = named < NAMED ? named++ : NAMED - 1;
        for (; place > 0 && reason < reasons[place - 1]; place--) {
            members[place] = members[place - 1];
            reasons[place] = reasons[place - 1];
        }
        members[place] = member;
        reasons[place] = reason;
        return named;
    }

    /**
     * Most of a large channel ranks behind the podium's last place on (rank, ongoing sessions)
     * alone: one comparison of a packed key, and its reason against the best follows from the
     * same key. The others are compared in full.
     */
    private void rank(int member, int rank, int ongoing) {
        if (!behindPodium(rank, ongoing)) rankNearBest(member, rank);
    }

    /** Counts an available member; if it ranks behind the podium's last place on the packed key, counts why. */
    private boolean behindPodium(int rank, int ongoing) {
        available++;
        if (key(rank, ongoing) <= lastKey) return false;
        behind[Tally.step(rank, bestRank)]++;
        return true;
    }

    private void rankNearBest(int member, int rank) {
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
