package dev.livechat.domain.webhook;

import dev.livechat.domain.error.Require;
import java.util.UUID;

/** A webhook subscription's id. */
public record WebhookId(String value) {
    public WebhookId {
        Require.id("id", value);
    }

    public static WebhookId of(String value) {
        return new WebhookId(value);
    }

    public static WebhookId random() {
        return new WebhookId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
