package dev.livechat.adapter.rest;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.error.DependencyUnavailableException;
import dev.livechat.domain.port.in.CreateWebhookCommand;
import dev.livechat.domain.port.in.ManageWebhooksUseCase;
import dev.livechat.domain.webhook.Webhook;
import dev.livechat.domain.webhook.WebhookDelivery;
import dev.livechat.domain.webhook.WebhookId;
import java.util.List;

/** The webhooks of an API built without them: every call is a 503 naming "webhooks". */
final class NoWebhooks implements ManageWebhooksUseCase {
    private static DependencyUnavailableException none() {
        return new DependencyUnavailableException("webhooks", new IllegalStateException("not configured"));
    }

    @Override
    public Webhook create(CreateWebhookCommand command) {
        throw none();
    }

    @Override
    public List<Webhook> webhooks(Caller caller) {
        throw none();
    }

    @Override
    public Webhook webhook(Caller caller, WebhookId id) {
        throw none();
    }

    @Override
    public void delete(Caller caller, WebhookId id) {
        throw none();
    }

    @Override
    public List<WebhookDelivery> deliveries(Caller caller, WebhookId id, int limit) {
        throw none();
    }
}
