package dev.livechat.domain.webhook;

/**
 * PENDING (waiting for its first or next try) → DELIVERED (the receiver answered 2xx) or FAILED
 * (no acknowledgement within the retry window: the outbox stops trying). Both ends are final.
 */
public enum DeliveryState {
    PENDING,
    DELIVERED,
    FAILED
}
