package dev.livechat.domain.webhook;

import dev.livechat.domain.error.Require;
import java.util.UUID;

/**
 * One delivery of one event to one webhook: sent as {@code X-Livechat-Delivery} and kept across
 * retries, so that a receiver that acknowledged it (but whose answer was lost) can tell a repeat.
 */
public record DeliveryId(String value) {
    public DeliveryId {
        Require.id("deliveryId", value);
    }

    public static DeliveryId of(String value) {
        return new DeliveryId(value);
    }

    public static DeliveryId random() {
        return new DeliveryId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
