package dev.livechat.domain.port.out;

import dev.livechat.domain.webhook.WebhookEvent;

/**
 * Puts an event in the webhook outbox: one delivery for each webhook subscribed to its name, none
 * when nobody is. Joins the unit of work open on the calling thread ({@link TransactionPort}), so
 * that the deliveries are stored with the change that caused them, or not at all: call it inside
 * the use case's unit, next to the save.
 */
public interface EnqueueWebhookPort {
    /** For a storage without webhooks. */
    EnqueueWebhookPort NONE = event -> {};

    void enqueue(WebhookEvent event);
}
