package dev.livechat.adapter.rest;

import dev.livechat.domain.access.Caller;
import dev.livechat.domain.port.in.CreateWebhookCommand;
import dev.livechat.domain.port.in.ManageWebhooksUseCase;
import dev.livechat.domain.webhook.Webhook;
import dev.livechat.domain.webhook.WebhookDelivery;
import dev.livechat.domain.webhook.WebhookId;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/** The managers' webhooks (docs/rest-api.md, "Webhooks"). The domain checks the role. */
final class WebhookEndpoints {
    static final int DEFAULT_DELIVERIES = 50;
    static final int MAX_DELIVERIES = 500;

    record NewWebhook(String url, List<String> events, String secret) {}

    /** Without its secret: only the answer that creates a webhook shows that. */
    record WebhookView(String id, String url, List<String> events, String createdAt) {
        static WebhookView of(Webhook w) {
            return new WebhookView(
                    w.id().value(),
                    w.url().toString(),
                    w.events().stream().map(Object::toString).sorted().toList(),
                    w.createdAt().toString());
        }
    }

    record CreatedWebhookView(String id, String url, List<String> events, String createdAt, String secret) {
        static CreatedWebhookView of(Webhook w) {
            WebhookView v = WebhookView.of(w);
            return new CreatedWebhookView(
                    v.id(), v.url(), v.events(), v.createdAt(), w.secret().value());
        }
    }

    record DeliveryView(
            String id,
            String event,
            String state,
            int attempts,
            Integer lastStatus,
            String lastError,
            String enqueuedAt,
            String nextAttemptAt) {
        static DeliveryView of(WebhookDelivery d) {
            var p = d.progress();
            return new DeliveryView(
                    d.id().value(),
                    d.event().value(),
                    p.state().name(),
                    p.attempts(),
                    p.lastStatus().isPresent() ? p.lastStatus().getAsInt() : null,
                    p.lastError().orElse(null),
                    d.enqueuedAt().toString(),
                    p.state() == dev.livechat.domain.webhook.DeliveryState.PENDING
                            ? p.nextAttemptAt().toString()
                            : null);
        }
    }

    private final ManageWebhooksUseCase webhooks;
    private final Authenticator auth;
    private final Bodies bodies;
    private final Responses out;

    WebhookEndpoints(ManageWebhooksUseCase webhooks, Authenticator auth, Bodies bodies, Responses out) {
        this.webhooks = webhooks;
        this.auth = auth;
        this.bodies = bodies;
        this.out = out;
    }

    /** The only answer that holds the secret: the receiver keeps it to verify signatures. */
    void create(Context ctx) {
        Caller caller = auth.require(ctx);
        NewWebhook body = bodies.read(ctx, NewWebhook.class);
        if (body.events() == null) throw ApiProblem.badRequest("events", "is required");
        if (body.events().stream().anyMatch(e -> e == null))
            throw ApiProblem.badRequest("events[" + body.events().indexOf(null) + "]", "must not be null");
        Webhook created = webhooks.create(
                new CreateWebhookCommand(caller, body.url(), body.events(), Optional.ofNullable(body.secret())));
        ctx.header("Cache-Control", "no-store");
        out.json(ctx, 201, CreatedWebhookView.of(created));
    }

    void list(Context ctx) {
        Caller caller = auth.require(ctx);
        out.ok(ctx, webhooks.webhooks(caller).stream().map(WebhookView::of).toList());
    }

    void get(Context ctx) {
        Caller caller = auth.require(ctx);
        out.ok(ctx, WebhookView.of(webhooks.webhook(caller, id(ctx))));
    }

    void delete(Context ctx) {
        Caller caller = auth.require(ctx);
        webhooks.delete(caller, id(ctx));
        ctx.status(204);
    }

    void deliveries(Context ctx) {
        Caller caller = auth.require(ctx);
        WebhookId id = id(ctx);
        int limit = Params.limit(ctx, DEFAULT_DELIVERIES, MAX_DELIVERIES);
        out.ok(
                ctx,
                webhooks.deliveries(caller, id, limit).stream()
                        .map(DeliveryView::of)
                        .toList());
    }

    private static WebhookId id(Context ctx) {
        return Params.pathId(ctx, "id", "webhook", WebhookId::of);
    }
}
