package dev.livechat.domain.port.out;

import dev.livechat.domain.webhook.DeliveryState;
import dev.livechat.domain.webhook.WebhookDelivery;
import dev.livechat.domain.webhook.WebhookId;
import dev.livechat.domain.webhook.WebhookRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The webhook outbox, as the delivery worker and the managers see it. */
public interface WebhookOutboxPort {
    /** A claimed delivery and what to send for it (its webhook's URL and secret). */
    record Claimed(WebhookDelivery delivery, WebhookRequest request) {}

    /**
     * Claims the oldest PENDING delivery due at {@code now} that no live claim holds and that no
     * earlier PENDING delivery of the same webhook and ordering key precedes, for {@code lease}: no
     * other worker, in this process or another, gets it until the lease ends or {@link #update}
     * stores its outcome. So a receiver gets a conversation's events in order.
     */
    Optional<Claimed> claimDue(Instant now, Duration lease);

    /** Stores a claimed delivery's outcome and ends the claim. */
    void update(WebhookDelivery delivery);

    /** The webhook's deliveries, newest first, at most {@code limit}. */
    List<WebhookDelivery> deliveriesOf(WebhookId webhook, int limit);

    /**
     * Deletes at most {@code max} deliveries that are done, DELIVERED or FAILED, and ended before
     * {@code doneBefore} (a done delivery's {@code nextAttemptAt} is when it ended); never a PENDING
     * one. Answers how many it deleted. Several callers at once (instances pruning together) delete
     * each delivery once, without failing: a delivery another caller deleted first is not counted.
     */
    int pruneDone(Instant doneBefore, int max);

    /** How many deliveries are in each state (for metrics). */
    Map<DeliveryState, Long> countByState();
}
