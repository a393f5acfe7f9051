package dev.livechat.domain.port.in;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.webhook.Webhook;
import dev.livechat.domain.webhook.WebhookDelivery;
import dev.livechat.domain.webhook.WebhookId;
import java.util.List;

/** Managers subscribe receivers to events, list and remove them, and see how deliveries went. */
public interface ManageWebhooksUseCase {
    /** The new webhook, with its secret (the only answer that shows it). */
    Webhook create(CreateWebhookCommand command);

    List<Webhook> webhooks(Caller caller);

    Webhook webhook(Caller caller, WebhookId id);

    /** Removes the webhook and its outbox: nothing more is sent to it. */
    void delete(Caller caller, WebhookId id);

    /** Its deliveries, newest first, at most {@code limit}. */
    List<WebhookDelivery> deliveries(Caller caller, WebhookId id, int limit);
}
