package dev.livechat.domain.service;

import dev.livechat.domain.port.in.DeliverWebhooksUseCase;
import dev.livechat.domain.port.out.WebhookOutboxPort;
import dev.livechat.domain.port.out.WebhookSender;
import dev.livechat.domain.webhook.WebhookDelivery;
import dev.livechat.domain.webhook.WebhookRetry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The webhook worker's step. Each delivery is claimed before it is sent, so two workers (or two
 * service instances) never send the same one at once; a receiver that does not acknowledge gets
 * it again with backoff until the retry window is over. At least once: a receiver whose 2xx was
 * lost on the way back, or a crash between its answer and the update, gets it again under the
 * same {@code X-Livechat-Delivery} id.
 */
public final class WebhookDeliveries implements DeliverWebhooksUseCase {
    /** Deliveries deleted per statement when pruning: short transactions, whatever the backlog. */
    public static final int PRUNE_BATCH = 500;

    private final WebhookOutboxPort outbox;
    private final WebhookSender sender;
    private final WebhookRetry retry;
    private final Duration lease;
    private final Clock clock;

    public WebhookDeliveries(
            WebhookOutboxPort outbox, WebhookSender sender, WebhookRetry retry, Duration lease, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.retry = retry;
        this.lease = lease;
        this.clock = clock;
    }

    @Override
    public int deliverDue(int max) {
        int tried = 0;
        while (tried < max) {
            Optional<WebhookOutboxPort.Claimed> claimed = outbox.claimDue(clock.instant(), lease);
            if (claimed.isEmpty()) break;
            WebhookDelivery delivery = claimed.get().delivery();
            outbox.update(delivery.tried(sender.send(claimed.get().request()), retry, clock.instant()));
            tried++;
        }
        return tried;
    }

    @Override
    public long pruneDone(Duration kept) {
        Instant cutoff = clock.instant().minus(kept);
        long pruned = 0;
        int batch;
        do {
            batch = outbox.pruneDone(cutoff, PRUNE_BATCH);
            pruned += batch;
        } while (batch == PRUNE_BATCH); // fewer: none left, or another instance is pruning too
        return pruned;
    }
}
