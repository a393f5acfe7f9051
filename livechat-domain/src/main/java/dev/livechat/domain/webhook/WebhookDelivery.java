package dev.livechat.domain.webhook;

import dev.livechat.domain.error.Require;
import java.time.Instant;

/**
 * One event on its way to one webhook: the outbox row. The body is fixed when the event is
 * enqueued, so that every try sends the same bytes under the same delivery id.
 */
public record WebhookDelivery(
        DeliveryId id,
        WebhookId webhook,
        WebhookEventName event,
        String body,
        Instant enqueuedAt,
        DeliveryProgress progress) {
    public WebhookDelivery {
        Require.present("id", id);
        Require.present("webhook", webhook);
        Require.present("event", event);
        Require.present("body", body);
        Require.present("enqueuedAt", enqueuedAt);
        Require.present("progress", progress);
    }

    public DeliveryState state() {
        return progress.state();
    }

    /** The outcome of a try: acknowledged, or retried with backoff until the window is over. */
    public WebhookDelivery tried(SendResult result, WebhookRetry retry, Instant now) {
        DeliveryProgress after = result.acknowledged()
                ? progress.acknowledged(result.status().getAsInt(), now)
                : progress.failed(result, retry, enqueuedAt, now);
        return new WebhookDelivery(id, webhook, event, body, enqueuedAt, after);
    }
}
