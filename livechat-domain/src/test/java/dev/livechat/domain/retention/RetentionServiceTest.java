package dev.livechat.domain.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.fixtures.MutableClock;
import dev.livechat.domain.port.out.RetentionPort;
import dev.livechat.domain.service.RetentionService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionServiceTest {
    final MutableClock clock = MutableClock.at("2026-03-31T12:00:00Z");

    /** A storage with {@code left} conversations past the cutoff, recording each batch it is asked for. */
    static final class Remaining implements RetentionPort {
        int left;
        final List<Instant> cutoffs = new ArrayList<>();

        Remaining(int left) {
            this.left = left;
        }

        @Override
        public int eraseConversationsClosedBefore(Instant cutoff, Instant now, int max) {
            cutoffs.add(cutoff);
            int erased = Math.min(left, max);
            left -= erased;
            return erased;
        }
    }

    @Test
    void erasesBatchAfterBatchUntilABatchComesBackShort() {
        Remaining storage = new Remaining(7);

        long erased = new RetentionService(storage, new RetentionPeriod(30), clock, 3).applyRetention();

        assertThat(erased).isEqualTo(7);
        assertThat(storage.cutoffs).hasSize(3).containsOnly(Instant.parse("2026-03-01T12:00:00Z"));
    }

    @Test
    void aFullLastBatchAsksOnceMoreAndFindsNothing() {
        Remaining storage = new Remaining(6);

        assertThat(new RetentionService(storage, new RetentionPeriod(30), clock, 3).applyRetention())
                .isEqualTo(6);
        assertThat(storage.cutoffs).hasSize(3);
    }

    @Test
    void thePeriodIsAtLeastOneDay() {
        assertThatThrownBy(() -> new RetentionPeriod(0))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("retentionDays");
        assertThat(new RetentionPeriod(1).cutoff(Instant.parse("2026-03-02T00:00:00Z")))
                .isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    }
}
