package dev.livechat.domain.assignment;

/**
 * The few best-ranked available members of the pool, best first: the winner and the runners-up
 * the trace names. Fixed size, so that offering it each of thousands of members allocates nothing
 * and costs one comparison for most of them.
 */
final class Podium {
    private final CandidatePool pool;
    private final int[] members;
    private final int[] ranks;
    private int size;

    Podium(CandidatePool pool, int places) {
        this.pool = pool;
        members = new int[places];
        ranks = new int[places];
    }

    int size() {
        return size;
    }

    /** The index in the pool of the member in this place. */
    int member(int place) {
        return members[place];
    }

    Candidate candidate(int place) {
        return pool.candidate(members[place]);
    }

    int rank(int place) {
        return ranks[place];
    }

    /** As {@link TierRanking#compare}, between two places. */
    int compare(int place, int other) {
        return TierRanking.compare(pool, ranks[place], members[place], ranks[other], members[other]);
    }

    /** Takes the member if it ranks before the last place; after any equal, as a stable sort would. */
    void offer(int rank, int member) {
        int place = size;
        while (place > 0 && TierRanking.compare(pool, rank, member, ranks[place - 1], members[place - 1]) < 0) place--;
        if (place == members.length) return;
        int last = Math.min(size, members.length - 1);
        System.arraycopy(members, place, members, place + 1, last - place);
        System.arraycopy(ranks, place, ranks, place + 1, last - place);
        members[place] = member;
        ranks[place] = rank;
        if (size < members.length) size++;
    }
}
