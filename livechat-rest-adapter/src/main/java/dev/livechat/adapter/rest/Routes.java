package dev.livechat.adapter.rest;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;

/**
 * Every route of the service, in one table: what {@link RestApi} registers, and what the OpenAPI
 * document ({@code openapi.json}) must describe, no more and no less (a test checks both ways).
 */
final class Routes {
    static final String BASE = "/api/v1";

    /** {@code head}: how a GET route answers HEAD (authenticated like GET, no body); null for other methods. */
    record Route(HandlerType method, String path, Handler handler, Handler head) {
        String key() {
            return method.name() + " " + path;
        }
    }

    private Routes() {}

    static List<Route> table(
            ConversationEndpoints conversations,
            PanelEndpoints panel,
            AdminEndpoints admin,
            ExportEndpoints export,
            OperatorEndpoints me,
            CannedResponseEndpoints canned,
            SignalEndpoints signals,
            WebhookEndpoints webhooks,
            EventStream events,
            ServiceEndpoints service,
            MetricsEndpoint metrics,
            AttachmentEndpoints attachments,
            OfflineEndpoints offline,
            HistoryEndpoints history,
            PrivacyEndpoints privacy) {
        String c = BASE + "/conversations/{id}";
        return List.of(
                // Javalin tries a method's paths in this order, a regular expression each, until one
                // matches: the reads an operator's console repeats most come first (the panel's was
                // the sixth of its method, 9 % of a panel read's CPU samples). No two paths of a
                // method match the same request (RoutesTest), so the order changes nothing else.
                route(HandlerType.GET, BASE + "/conversations", panel::list),
                route(HandlerType.GET, c + "/panel", panel::panel),
                // conversations
                route(HandlerType.POST, BASE + "/conversations", conversations::start),
                route(HandlerType.POST, c + "/messages", conversations::postMessage),
                route(HandlerType.GET, c + "/messages", conversations::messages),
                // files in conversations
                route(HandlerType.POST, c + AttachmentEndpoints.UPLOAD_SUFFIX, attachments::post),
                route(HandlerType.GET, c + "/attachments", attachments::list),
                new Route(HandlerType.GET, BASE + "/attachments/{id}", attachments::download, attachments::head),
                route(HandlerType.PUT, c + "/status", conversations::changeStatus),
                route(HandlerType.POST, c + "/join", conversations::join),
                route(HandlerType.POST, c + "/transfer", conversations::transfer),
                route(HandlerType.POST, c + "/close", conversations::close),
                route(HandlerType.POST, c + "/rating", conversations::rate),
                // typing and seen
                route(HandlerType.PUT, c + "/typing", signals::typing),
                route(HandlerType.PUT, c + "/seen", signals::markSeen),
                route(HandlerType.GET, c + "/seen", signals::seen),
                // the information panel (its read comes first, above)
                route(HandlerType.PUT, c + "/note", panel::editNote),
                route(HandlerType.POST, c + "/tags", panel::addTag),
                route(HandlerType.DELETE, c + "/tags/{name}", panel::removeTag),
                route(HandlerType.PUT, c + "/expertise", panel::setExpertise),
                route(HandlerType.POST, c + "/transcript", panel::requestTranscript),
                route(HandlerType.GET, c + "/transcripts", panel::transcripts),
                route(HandlerType.GET, c + "/history", history::history),
                // HEAD must not confirm: link scanners probe with it
                new Route(
                        HandlerType.GET,
                        RestApi.CONFIRMATION_PATH,
                        panel::confirmTranscript,
                        ctx -> ctx.status(200).contentType("text/html; charset=utf-8")),
                route(HandlerType.GET, BASE + "/tags", panel::tags),
                // canned responses
                route(HandlerType.GET, BASE + "/canned-responses", canned::list),
                route(HandlerType.PUT, BASE + "/canned-responses/{shortcut}", canned::put),
                route(HandlerType.DELETE, BASE + "/canned-responses/{shortcut}", canned::delete),
                // operators
                route(HandlerType.GET, BASE + "/me", me::me),
                route(HandlerType.PUT, BASE + "/me/presence", me::changePresence),
                route(HandlerType.GET, BASE + "/me/conversations", me::conversations),
                // administration
                route(HandlerType.POST, BASE + "/users", admin::createUser),
                route(HandlerType.GET, BASE + "/users", admin::users),
                route(HandlerType.GET, BASE + "/users/{id}", admin::user),
                route(HandlerType.PATCH, BASE + "/users/{id}", admin::updateUser),
                route(HandlerType.POST, BASE + "/channels", admin::createChannel),
                route(HandlerType.GET, BASE + "/channels", admin::channels),
                route(HandlerType.PATCH, BASE + "/channels/{id}", admin::reviseChannel),
                route(HandlerType.POST, BASE + "/channels/{id}/identity-secret", admin::rotateIdentitySecret),
                // business hours and offline messages
                route(HandlerType.GET, BASE + "/channels/{id}/availability", offline::availability),
                route(HandlerType.POST, BASE + "/channels/{id}/offline-messages", offline::leave),
                route(HandlerType.GET, BASE + "/offline-messages", offline::list),
                route(HandlerType.POST, BASE + "/offline-messages/{id}/handled", offline::markHandled),
                route(HandlerType.PUT, BASE + "/contacts/{id}", admin::putContact),
                route(HandlerType.PUT, BASE + "/tickets/{id}", admin::putTicket),
                route(HandlerType.GET, BASE + "/reports/conversations", admin::report),
                new Route(HandlerType.GET, BASE + "/reports/conversations/export", export::export, export::head),
                // webhooks
                route(HandlerType.POST, BASE + "/webhooks", webhooks::create),
                route(HandlerType.GET, BASE + "/webhooks", webhooks::list),
                route(HandlerType.GET, BASE + "/webhooks/{id}", webhooks::get),
                route(HandlerType.DELETE, BASE + "/webhooks/{id}", webhooks::delete),
                route(HandlerType.GET, BASE + "/webhooks/{id}/deliveries", webhooks::deliveries),
                // a person's data
                route(HandlerType.GET, BASE + "/privacy/export", privacy::export),
                route(HandlerType.POST, BASE + "/privacy/erase", privacy::erase),
                // events
                new Route(HandlerType.GET, BASE + "/events", events::handle, events::head),
                // the service itself
                route(HandlerType.GET, "/health", service::health),
                route(HandlerType.GET, "/health/live", service::live),
                route(HandlerType.GET, "/health/ready", service::ready),
                route(HandlerType.GET, "/openapi.json", service::openApi),
                route(HandlerType.GET, "/metrics", metrics::scrape));
    }

    private static Route route(HandlerType method, String path, Handler handler) {
        return new Route(method, path, handler, method == HandlerType.GET ? handler : null);
    }
}
