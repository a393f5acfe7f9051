package dev.livechat.domain.webhook;

import dev.livechat.domain.error.Require;
import java.time.Instant;
import java.util.Set;

/** A subscription: the events a receiver wants, where it wants them, and the secret that signs them. */
public record Webhook(
        WebhookId id, WebhookUrl url, Set<WebhookEventName> events, WebhookSecret secret, Instant createdAt) {
    public Webhook {
        Require.present("id", id);
        Require.present("url", url);
        Require.present("secret", secret);
        Require.present("createdAt", createdAt);
        Require.that(events != null && !events.isEmpty(), "events", "must name at least one event");
        events = Set.copyOf(events);
    }

    public boolean subscribesTo(WebhookEventName event) {
        return events.contains(event);
    }
}
