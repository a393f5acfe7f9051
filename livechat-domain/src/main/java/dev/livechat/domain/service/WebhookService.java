package dev.livechat.domain.service;

import static dev.livechat.domain.access.ConversationPermissions.manager;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.error.InvalidValueException;
import dev.livechat.domain.error.NotFoundException;
import dev.livechat.domain.port.in.CreateWebhookCommand;
import dev.livechat.domain.port.in.ManageWebhooksUseCase;
import dev.livechat.domain.port.out.WebhookOutboxPort;
import dev.livechat.domain.port.out.WebhookSender;
import dev.livechat.domain.port.out.WebhooksPort;
import dev.livechat.domain.webhook.Webhook;
import dev.livechat.domain.webhook.WebhookDelivery;
import dev.livechat.domain.webhook.WebhookEventName;
import dev.livechat.domain.webhook.WebhookId;
import dev.livechat.domain.webhook.WebhookSecret;
import dev.livechat.domain.webhook.WebhookUrl;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Managers' webhook subscriptions; the sender checks where a URL points before one is stored. */
public final class WebhookService implements ManageWebhooksUseCase {
    private final WebhooksPort webhooks;
    private final WebhookOutboxPort outbox;
    private final WebhookSender sender;
    private final Clock clock;

    public WebhookService(WebhooksPort webhooks, WebhookOutboxPort outbox, WebhookSender sender, Clock clock) {
        this.webhooks = webhooks;
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
    }

    @Override
    public Webhook create(CreateWebhookCommand command) {
        manager(command.caller(), "create webhooks");
        WebhookUrl url = WebhookUrl.of(command.url(), sender.allowsHttp());
        Set<WebhookEventName> events = events(command.events());
        WebhookSecret secret = command.secret().map(WebhookSecret::new).orElseGet(WebhookSecret::random);
        sender.checkTarget(url);
        Webhook webhook = new Webhook(WebhookId.random(), url, events, secret, clock.instant());
        webhooks.add(webhook);
        return webhook;
    }

    /** Each name checked on its own, so that the answer names the element: {@code events[2]}. */
    private static Set<WebhookEventName> events(List<String> names) {
        if (names.isEmpty()) throw new InvalidValueException("events", "must name at least one event");
        Set<WebhookEventName> events = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            try {
                events.add(WebhookEventName.of(names.get(i)));
            } catch (InvalidValueException e) {
                throw new InvalidValueException(
                        "events[" + i + "]", e.getMessage().substring("event: ".length()));
            }
        }
        return events;
    }

    @Override
    public List<Webhook> webhooks(Caller caller) {
        manager(caller, "list webhooks");
        return webhooks.all();
    }

    @Override
    public Webhook webhook(Caller caller, WebhookId id) {
        manager(caller, "read webhooks");
        return webhooks.find(id).orElseThrow(() -> new NotFoundException("webhook", id));
    }

    @Override
    public void delete(Caller caller, WebhookId id) {
        manager(caller, "delete webhooks");
        if (!webhooks.remove(id)) throw new NotFoundException("webhook", id);
    }

    @Override
    public List<WebhookDelivery> deliveries(Caller caller, WebhookId id, int limit) {
        webhook(caller, id);
        return outbox.deliveriesOf(id, limit);
    }
}
