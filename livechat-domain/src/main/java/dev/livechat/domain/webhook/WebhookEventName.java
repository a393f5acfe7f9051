package dev.livechat.domain.webhook;

import dev.livechat.domain.error.InvalidValueException;
import java.util.Set;
import java.util.TreeSet;

/**
 * The name of an event a webhook can subscribe to ({@code message.posted}). Conversation events
 * carry the name of their {@code EventType}; events outside a conversation ({@code
 * offline-message.created}) are named by the feature that enqueues them.
 */
public record WebhookEventName(String value) {
    /** What a subscription may name; a feature that enqueues a new event adds its name here. */
    public static final Set<String> SUBSCRIBABLE = Set.of(
            "conversation.started",
            "operator.assigned",
            "conversation.joined",
            "conversation.transferred",
            "conversation.closed",
            "message.posted",
            "rating.created",
            "offline-message.created");

    public WebhookEventName {
        if (value == null || !SUBSCRIBABLE.contains(value))
            throw new InvalidValueException(
                    "event", "must be one of " + new TreeSet<>(SUBSCRIBABLE) + ", was " + value);
    }

    public static WebhookEventName of(String value) {
        return new WebhookEventName(value);
    }

    /** Whether events of this name may be subscribed to (and so are worth enqueuing). */
    public static boolean subscribable(String name) {
        return SUBSCRIBABLE.contains(name);
    }

    @Override
    public String toString() {
        return value;
    }
}
