package dev.livechat.domain.port.out;

import dev.livechat.domain.webhook.Webhook;
import dev.livechat.domain.webhook.WebhookId;
import java.util.List;
import java.util.Optional;

/** The webhook subscriptions. */
public interface WebhooksPort {
    void add(Webhook webhook);

    /** Every subscription, oldest first. */
    List<Webhook> all();

    Optional<Webhook> find(WebhookId id);

    /** Removes the subscription and its deliveries, sent or not; false when there was none. */
    boolean remove(WebhookId id);
}
