package dev.livechat.domain.assignment;

import java.util.Arrays;

/**
 * The part of the pass that does not depend on the request, done once when a pool is built: who
 * may be assigned if below the cap ({@link #open}), and how many of the others are passed over for
 * each reason, with the nearest few of them (nearest to assignable first, then in the pool's
 * order), as {@link Standings} would have counted and named them.
 */
final class Unavailable {
    /** The members whose only possible reason not to be assigned is the cap, in the pool's order. */
    final int[] open;
    /** By ordinal of {@link Eligibility}. */
    final int[] counts = new int[Eligibility.values().length];

    final int[] nearest = new int[Standings.NAMED];
    final int[] nearestReasons = new int[Standings.NAMED];
    int named;

    Unavailable(byte[] standings, int size) {
        int[] members = new int[size];
        int open = 0;
        for (int i = 0; i < size; i++) {
            int reason = standings[i];
            if (reason == Eligibility.ASSIGNABLE.ordinal()) members[open++] = i;
            else {
                counts[reason]++;
                named = Standings.insertNearest(nearest, nearestReasons, named, i, reason);
            }
        }
        this.open = Arrays.copyOf(members, open);
    }
}
