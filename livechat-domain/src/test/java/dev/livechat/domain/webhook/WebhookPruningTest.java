package dev.livechat.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livechat.domain.fixtures.MutableClock;
import dev.livechat.domain.port.out.WebhookOutboxPort;
import dev.livechat.domain.port.out.WebhookSender;
import dev.livechat.domain.service.WebhookDeliveries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookPruningTest {
    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

    /** An outbox of done deliveries, each by the instant it ended, that records every prune asked of it. */
    private static final class DoneDeliveries implements WebhookOutboxPort {
        final List<Instant> done = new ArrayList<>();
        final List<Instant> cutoffs = new ArrayList<>();
        final List<Integer> deleted = new ArrayList<>();

        @Override
        public int pruneDone(Instant doneBefore, int max) {
            cutoffs.add(doneBefore);
            List<Instant> batch = done.stream()
                    .filter(at -> at.isBefore(doneBefore))
                    .limit(max)
                    .toList();
            batch.forEach(done::remove);
            deleted.add(batch.size());
            return batch.size();
        }

        @Override
        public Optional<Claimed> claimDue(Instant now, Duration lease) {
            return Optional.empty();
        }

        @Override
        public void update(WebhookDelivery delivery) {}

        @Override
        public List<WebhookDelivery> deliveriesOf(WebhookId webhook, int limit) {
            return List.of();
        }

        @Override
        public Map<DeliveryState, Long> countByState() {
            return Map.of();
        }
    }

    private static WebhookDeliveries deliveries(WebhookOutboxPort outbox) {
        WebhookSender none = null; // pruning sends nothing
        return new WebhookDeliveries(
                outbox,
                none,
                new WebhookRetry(Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofHours(24)),
                Duration.ofMinutes(2),
                new MutableClock(NOW));
    }

    @Test
    void deliveriesDoneLongerAgoThanKeptGoInBatchesOfFiveHundredUntilNoneIsLeft() {
        DoneDeliveries outbox = new DoneDeliveries();
        for (int i = 0; i < 1_200; i++) outbox.done.add(NOW.minus(Duration.ofDays(8)));
        for (int i = 0; i < 30; i++) outbox.done.add(NOW.minus(Duration.ofDays(6)));

        long pruned = deliveries(outbox).pruneDone(Duration.ofDays(7));

        assertThat(pruned).isEqualTo(1_200);
        assertThat(outbox.deleted).containsExactly(500, 500, 200);
        assertThat(outbox.cutoffs).containsOnly(NOW.minus(Duration.ofDays(7)));
        assertThat(outbox.done).hasSize(30);
    }

    @Test
    void aBatchSmallerThanTheLimitEndsTheRun() {
        DoneDeliveries outbox = new DoneDeliveries();
        for (int i = 0; i < 499; i++) outbox.done.add(NOW.minus(Duration.ofDays(8)));

        assertThat(deliveries(outbox).pruneDone(Duration.ofDays(7))).isEqualTo(499);
        assertThat(outbox.deleted).containsExactly(499);
    }
}
