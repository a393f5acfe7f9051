package dev.livechat.domain.port.out;

import dev.livechat.domain.webhook.SendResult;
import dev.livechat.domain.webhook.WebhookRequest;
import dev.livechat.domain.webhook.WebhookUrl;

/**
 * Posts a webhook request to its receiver (the HTTP adapter): signed, with a timeout, never
 * following a redirect, and only to addresses the service allows.
 */
public interface WebhookSender {
    /**
     * Refuses a URL whose host does not resolve, or resolves to an address the service does not
     * post to (private, loopback, link-local …, unless allowed), with an
     * {@link dev.livechat.domain.error.InvalidValueException} on {@code url}.
     */
    void checkTarget(WebhookUrl url);

    /** Whether plain http is allowed as well as https (a service that allows private receivers). */
    boolean allowsHttp();

    /** One try: what the receiver answered, or why it did not; never throws for the receiver's failures. */
    SendResult send(WebhookRequest request);
}
