package dev.livechat.domain.webhook;

import dev.livechat.domain.error.Require;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Something that happened, as webhooks carry it: its name, when, its data as plain values
 * (strings, numbers, booleans, lists, maps), and the key that orders deliveries: events with the
 * same key reach each receiver in the order they were enqueued (a conversation's id); without a
 * key an event is delivered independently of the others.
 */
public record WebhookEvent(WebhookEventName name, Optional<String> orderingKey, Instant at, Map<String, Object> data) {
    public WebhookEvent {
        Require.present("name", name);
        Require.present("orderingKey", orderingKey);
        orderingKey.ifPresent(key -> Require.id("orderingKey", key));
        Require.present("at", at);
        data = Collections.unmodifiableMap(new LinkedHashMap<>(Require.present("data", data)));
    }

    /** An event of a conversation, ordered with the conversation's other events. */
    public static WebhookEvent ofConversation(
            String name, String conversationId, Instant at, Map<String, Object> data) {
        return new WebhookEvent(WebhookEventName.of(name), Optional.of(conversationId), at, data);
    }

    /** An event of no conversation ({@code offline-message.created}): delivered in no particular order. */
    public static WebhookEvent standalone(String name, Instant at, Map<String, Object> data) {
        return new WebhookEvent(WebhookEventName.of(name), Optional.empty(), at, data);
    }
}
