package dev.livechat.domain.assignment;

/**
 * Counts of the members ranked behind the podium's last place on (rank, ongoing sessions) alone,
 * by the {@link Behind} step they lose on against the best: the first four steps, 16 bits each,
 * packed in one long that the pass keeps in a register. Counting into the array of counts instead
 * makes each member wait for the previous one's store to the same element (most of a channel
 * loses on the same step); a long added to in a register does not.
 *
 * <p>The step follows from the ranks without a branch (they differ at random from member to
 * member): by the number of leading zeros of {@code rank ^ bestRank}, 32 for the same rank.
 */
final class Tally {
    /** Members that fit in a tally before it must be {@link #flush flushed}: one field holds them all. */
    static final int CAPACITY = 0xFFFF;

    private static final int FIELD_BITS = 16;
    /** The steps a tally holds: those the rank and the sessions decide. */
    private static final int STEPS = Behind.MORE_SESSIONS.ordinal() + 1;

    private static final int[] STEP_BY_LEADING_ZEROS = new int[Integer.SIZE + 1];

    static {
        for (int zeros = 0; zeros < Integer.SIZE; zeros++)
            STEP_BY_LEADING_ZEROS[zeros] =
                    TierRanking.rankStep(1 << Integer.SIZE - 1 - zeros, 0).ordinal();
        STEP_BY_LEADING_ZEROS[Integer.SIZE] = Behind.MORE_SESSIONS.ordinal();
    }

    private Tally() {}

    /** The ordinal of the step a member behind on (rank, sessions) loses on against the best. */
    static int step(int rank, int bestRank) {
        return STEP_BY_LEADING_ZEROS[Integer.numberOfLeadingZeros(rank ^ bestRank)];
    }

    /** The tally with one more member counted. */
    static long add(long tally, int rank, int bestRank) {
        return tally + (1L << FIELD_BITS * step(rank, bestRank));
    }

    /** Adds the tally's counts to {@code behind}, by ordinal of {@link Behind}. */
    static void flush(long tally, int[] behind) {
        for (int step = 0; step < STEPS; step++) behind[step] += (int) (tally >>> FIELD_BITS * step & CAPACITY);
    }
}
