package dev.livechat.domain.assignment;

import java.time.Duration;

/**
 * Steps 4 and 5 of the rules as one order over the available candidates, so that a single pass
 * finds the winner: first the best tier an operator is in; then, in language tiers, an exact
 * language tag; then not assigned in the last 120 s; then the fewest ongoing sessions; then the
 * least recently assigned (never counts as longest ago); then the operator created first; then the
 * id, so that the same input always gives the same answer.
 *
 * <p>Ranking by these keys in turn is the same as the rules' filters "leave out ... unless that
 * empties it": the best key has an exact tag if anyone in the tier has one, and so on. The first
 * key on which a candidate differs from the winner is why it lost ({@link Behind}).
 *
 * <p>The first three keys are packed in one int, the rank, worked out once per candidate.
 */
final class TierRanking {
    static final Duration RECENT = Duration.ofSeconds(120);

    private TierRanking() {}

    static int rank(int tier, boolean inexactLanguage, boolean assignedRecently) {
        return tier << 2 | (inexactLanguage ? 2 : 0) | (assignedRecently ? 1 : 0);
    }

    static Tier tier(int rank) {
        return Tier.ofOrdinal(rank >> 2);
    }

    static boolean assignedRecently(int rank) {
        return (rank & 1) != 0;
    }

    /**
     * Negative when member {@code a} ranks before {@code b}, positive after, zero for the same
     * operator twice; the absolute value, minus one, is the ordinal of the {@link Behind} step that
     * decides.
     */
    static int compare(CandidatePool pool, int rankA, int a, int rankB, int b) {
        if (rankA != rankB) return decided(Integer.compare(rankA, rankB), rankStep(rankA, rankB));
        int order = Integer.compare(pool.sessions[a], pool.sessions[b]);
        if (order != 0) return decided(order, Behind.MORE_SESSIONS);
        // Never assigned (Long.MIN_VALUE) counts as longest ago.
        order = compare(pool.lastAssignedSeconds, pool.lastAssignedNanos, a, b);
        if (order != 0) return decided(order, Behind.ASSIGNED_MORE_RECENTLY);
        order = compare(pool.createdSeconds, pool.createdNanos, a, b);
        if (order != 0) return decided(order, Behind.CREATED_LATER);
        order = pool.ids[a].compareTo(pool.ids[b]);
        return order == 0 ? 0 : decided(order, Behind.LATER_ID);
    }

    /** The step on which two different ranks differ first. */
    static Behind rankStep(int rankA, int rankB) {
        int differing = Integer.highestOneBit(rankA ^ rankB);
        return differing > 2
                ? Behind.OUTSIDE_TIER
                : differing == 2 ? Behind.INEXACT_LANGUAGE : Behind.ASSIGNED_RECENTLY;
    }

    /** The step a comparison was decided on; the same operator listed twice loses on the id, as it did first. */
    static Behind step(int comparison) {
        return comparison == 0 ? Behind.LATER_ID : Behind.ofOrdinal(Math.abs(comparison) - 1);
    }

    private static int decided(int order, Behind step) {
        return order < 0 ? -(step.ordinal() + 1) : step.ordinal() + 1;
    }

    private static int compare(long[] seconds, int[] nanos, int a, int b) {
        int order = Long.compare(seconds[a], seconds[b]);
        return order != 0 ? order : Integer.compare(nanos[a], nanos[b]);
    }
}
