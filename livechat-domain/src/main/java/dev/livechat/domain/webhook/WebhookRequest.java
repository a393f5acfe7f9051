package dev.livechat.domain.webhook;

/** What the sender posts: the body to the URL, named and signed with the webhook's secret. */
public record WebhookRequest(
        WebhookUrl url, WebhookEventName event, DeliveryId delivery, String body, WebhookSecret secret) {}
