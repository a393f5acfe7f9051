package dev.livechat.domain.assignment;

/**
 * The few best-ranked available candidates, best first: the winner and the runners-up the trace
 * names. Fixed size, so that offering it each of thousands of candidates allocates nothing and
 * costs one comparison for most of them.
 */
final class Podium {
    private final Candidate[] candidates;
    private final int[] ranks;
    private int size;

    Podium(int places) {
        candidates = new Candidate[places];
        ranks = new int[places];
    }

    int size() {
        return size;
    }

    Candidate candidate(int place) {
        return candidates[place];
    }

    int rank(int place) {
        return ranks[place];
    }

    /** Takes the candidate if it ranks before the last place; after any equal, as a stable sort would. */
    void offer(int rank, Candidate candidate) {
        int place = size;
        while (place > 0 && TierRanking.compare(rank, candidate, ranks[place - 1], candidates[place - 1]) < 0) place--;
        if (place == candidates.length) return;
        int last = Math.min(size, candidates.length - 1);
        System.arraycopy(candidates, place, candidates, place + 1, last - place);
        System.arraycopy(ranks, place, ranks, place + 1, last - place);
        candidates[place] = candidate;
        ranks[place] = rank;
        if (size < candidates.length) size++;
    }
}
