package dev.livechat.domain.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TallyTest {
    private static final int BEST = TierRanking.rank(Tier.LANGUAGE_ONLY.ordinal(), false, false);

    @Test
    void theStepFollowsFromTheRanksAsTheRankingDecidesIt() {
        assertThat(Tally.step(BEST, BEST)).isEqualTo(Behind.MORE_SESSIONS.ordinal());
        assertThat(Tally.step(BEST | 1, BEST)).isEqualTo(Behind.ASSIGNED_RECENTLY.ordinal());
        assertThat(Tally.step(BEST | 2, BEST)).isEqualTo(Behind.INEXACT_LANGUAGE.ordinal());
        assertThat(Tally.step(BEST | 3, BEST)).isEqualTo(Behind.INEXACT_LANGUAGE.ordinal());
        assertThat(Tally.step(TierRanking.rank(Tier.EVERYONE.ordinal(), false, false), BEST))
                .isEqualTo(Behind.OUTSIDE_TIER.ordinal());
    }

    @Test
    void aFullTallyFlushesEveryStepWithoutSpillingIntoTheNext() {
        long tally = 0;
        for (int i = 0; i < Tally.CAPACITY; i++) tally = Tally.add(tally, BEST | 1, BEST);
        tally = Tally.add(tally, BEST, BEST);
        int[] behind = new int[Behind.values().length];
        behind[Behind.OUTSIDE_TIER.ordinal()] = 7;

        Tally.flush(tally, behind);

        assertThat(behind[Behind.OUTSIDE_TIER.ordinal()]).isEqualTo(7);
        assertThat(behind[Behind.INEXACT_LANGUAGE.ordinal()]).isZero();
        assertThat(behind[Behind.ASSIGNED_RECENTLY.ordinal()]).isEqualTo(Tally.CAPACITY);
        assertThat(behind[Behind.MORE_SESSIONS.ordinal()]).isEqualTo(1);
        assertThat(behind[Behind.LATER_ID.ordinal()]).isZero();
    }
}
